#pragma once

#include <QModelIndex>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QToolButton;

// The way from the top of the chart down to the selected person, each step a button. A deep
// chain shows its first step, an elision whose menu lists the nearest hidden steps, and its last
// steps, so that the bar never holds more than a few buttons. While a team is shown, the steps
// above its root are marked, and a button goes back to the whole chart.
class BreadcrumbBar : public QWidget
{
    Q_OBJECT

public:
    explicit BreadcrumbBar(QWidget *parent = nullptr);

    static constexpr int trailingSteps = 6; // shown at the end of a deep path
    static constexpr int menuSteps = 30;    // hidden steps listed in the elision's menu

    // The person shown last, and the root of the team shown (invalid: the whole chart). O(depth).
    void showPath(const QModelIndex &person, const QModelIndex &teamRoot);
    QList<QToolButton *> stepButtons() const { return m_steps; }
    QToolButton *elision() const { return m_elision; }
    QToolButton *wholeChartButton() const { return m_wholeChart; }

Q_SIGNALS:
    void stepClicked(const QModelIndex &person);
    void wholeChartRequested();

private:
    QToolButton *addStep(const QModelIndex &person, bool aboveTeam);
    void addSeparator();
    void clearSteps();

    QHBoxLayout *m_layout;
    QLabel *m_hint;
    QToolButton *m_elision;
    QToolButton *m_wholeChart;
    QList<QToolButton *> m_steps;
    QList<QWidget *> m_separators;
};
