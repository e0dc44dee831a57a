#pragma once

#include <QImage>
#include <QWidget>

class ChartView;

// The whole chart in miniature with the part the chart view shows as a rectangle; a click or a
// drag moves the view there. The miniature is drawn once per scene and size into an image;
// scrolling and zooming only repaint the rectangle over it.
class OverviewWidget : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewWidget(ChartView *chart, QWidget *parent = nullptr);

    QSize sizeHint() const override { return {260, 180}; }
    QSize minimumSizeHint() const override { return {80, 60}; }

    // Where a scene point is drawn, and back; for tests.
    QPointF fromScene(QPointF scenePoint) const;
    QPointF toScene(QPointF widgetPoint) const;
    QRectF viewRect() const; // the chart view's visible part, in widget coordinates
    int renders() const { return m_renders; } // how often the miniature was drawn

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void renderMiniature();
    struct Mapping
    {
        double scale = 1; // widget pixels per scene unit
        QPointF offset;   // where the scene's (0, 0) is drawn
    };
    Mapping mapping() const; // the scene fitted to the widget, centred

    ChartView *m_chart;
    QImage m_miniature;
    int m_generation = -1; // of the scene the miniature shows
    QPointF m_grab;        // a press inside the rectangle: where it was taken, relative to its centre
    bool m_dragging = false;
    int m_renders = 0;
};
