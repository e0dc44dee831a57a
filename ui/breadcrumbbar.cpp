#include "breadcrumbbar.h"

#include "orgchartmodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

#include <algorithm>
#include <vector>

namespace {
constexpr int stepTextWidth = 200; // longer names are elided; the tooltip has them whole
}

BreadcrumbBar::BreadcrumbBar(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
    , m_hint(new QLabel(tr("Select someone to see the way from the top"), this))
    , m_elision(new QToolButton(this)) // out of the layout while hidden: owned here
    , m_wholeChart(new QToolButton(this))
{
    setAccessibleName(tr("Path from the top"));
    m_layout->setContentsMargins(6, 2, 6, 2);
    m_layout->setSpacing(0);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setContentsMargins(4, 0, 4, 0);
    m_elision->setText(QStringLiteral("\u2026"));
    m_elision->setAutoRaise(true);
    m_elision->setPopupMode(QToolButton::InstantPopup);
    m_elision->setMenu(new QMenu(m_elision));
    m_elision->setObjectName(QStringLiteral("breadcrumbElision"));
    m_elision->hide();
    m_wholeChart->setText(tr("Show Whole Chart"));
    m_wholeChart->setToolTip(tr("Show everyone again, not only this team (Escape on the chart)"));
    m_wholeChart->setObjectName(QStringLiteral("breadcrumbWholeChart"));
    m_wholeChart->hide();
    connect(m_wholeChart, &QToolButton::clicked, this, &BreadcrumbBar::wholeChartRequested);
    m_layout->addWidget(m_hint);
    m_layout->addStretch(1);
    m_layout->addWidget(m_wholeChart);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void BreadcrumbBar::clearSteps()
{
    // Out of the layout at once: steps replaced several times before the event loop deletes them
    // (F3 held down) would otherwise all count, and widen the window to thousands of pixels.
    const auto remove = [this](QWidget *widget) {
        m_layout->removeWidget(widget);
        widget->hide();
        widget->deleteLater();
    };
    for (QWidget *widget : std::as_const(m_steps))
        remove(widget);
    for (QWidget *widget : std::as_const(m_separators))
        remove(widget);
    m_steps.clear();
    m_separators.clear();
    m_layout->removeWidget(m_elision);
    m_elision->hide();
    m_elision->menu()->clear();
}

void BreadcrumbBar::showPath(const QModelIndex &person, const QModelIndex &teamRoot)
{
    clearSteps();
    std::vector<QModelIndex> path; // from the person up, then turned round
    for (QModelIndex up = person.isValid() ? person : teamRoot; up.isValid(); up = up.parent())
        path.push_back(up);
    std::reverse(path.begin(), path.end());
    m_hint->setVisible(path.empty());
    m_wholeChart->setVisible(teamRoot.isValid());
    const size_t teamDepth = teamRoot.isValid() ? size_t(std::find(path.begin(), path.end(), teamRoot) - path.begin()) : 0;
    const auto addAt = [&](size_t step) {
        if (!m_steps.isEmpty())
            addSeparator();
        QToolButton *button = addStep(path[step], step < teamDepth);
        if (teamRoot.isValid() && step == teamDepth) {
            QFont bold = button->font();
            bold.setBold(true);
            button->setFont(bold);
        }
    };
    const size_t count = path.size();
    if (count <= size_t(trailingSteps) + 2) {
        for (size_t step = 0; step < count; ++step)
            addAt(step);
        return;
    }
    // First step, the elision, the last steps.
    addAt(0);
    addSeparator();
    const size_t hiddenEnd = count - trailingSteps; // steps 1 .. hiddenEnd - 1 are hidden
    m_layout->insertWidget(m_layout->count() - 2, m_elision);
    m_elision->show();
    m_elision->setToolTip(tr("%n more step(s) between", nullptr, int(hiddenEnd - 1)));
    for (size_t step = hiddenEnd - 1; step >= 1 && step + menuSteps >= hiddenEnd; --step) {
        const QPersistentModelIndex index = path[step];
        m_elision->menu()->addAction(index.data(Qt::DisplayRole).toString(), this, [this, index] { Q_EMIT stepClicked(index); });
    }
    for (size_t step = hiddenEnd; step < count; ++step)
        addAt(step);
}

QToolButton *BreadcrumbBar::addStep(const QModelIndex &person, bool aboveTeam)
{
    auto *button = new QToolButton;
    const QString name = person.data(Qt::DisplayRole).toString();
    // Eliding lays out the whole text: a name of 100,000 characters is cut to what could show first.
    const QString shown = name.size() > stepTextWidth ? name.left(name[stepTextWidth - 1].isHighSurrogate() ? stepTextWidth - 1 : stepTextWidth) + QChar(0x2026) : name;
    button->setText(button->fontMetrics().elidedText(shown, Qt::ElideRight, stepTextWidth).replace(u'&', QStringLiteral("&&")));
    const QString title = person.data(OrgChartModel::SubtitleRole).toString();
    QString tip = title.isEmpty() ? name : name + u'\n' + title;
    if (aboveTeam)
        tip += u'\n' + tr("Click to show this person's team");
    button->setToolTip(tip);
    button->setAutoRaise(true);
    const QPersistentModelIndex index = person;
    connect(button, &QToolButton::clicked, this, [this, index] { Q_EMIT stepClicked(index); });
    m_layout->insertWidget(m_layout->count() - 2, button);
    button->show();
    m_steps.append(button);
    return button;
}

void BreadcrumbBar::addSeparator()
{
    auto *separator = new QLabel(QStringLiteral("\u203A"));
    separator->setForegroundRole(QPalette::PlaceholderText);
    separator->setContentsMargins(2, 0, 2, 0);
    m_layout->insertWidget(m_layout->count() - 2, separator);
    separator->show();
    m_separators.append(separator);
}
