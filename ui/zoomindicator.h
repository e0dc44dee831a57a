#pragma once

#include <QComboBox>

class ChartView;

// The zoom of the chart as a percentage, for the status bar: it follows the chart, and typing a
// value (150, 150 %) or picking a preset or "Fit" zooms the chart.
class ZoomIndicator : public QComboBox
{
    Q_OBJECT

public:
    explicit ZoomIndicator(ChartView *chart, QWidget *parent = nullptr);

    static QString percentText(double zoom); // "150 %"

private:
    void apply(const QString &text);
    void showZoom(double zoom);

    ChartView *m_chart;
};
