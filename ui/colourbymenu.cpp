#include "colourbymenu.h"

#include "appsettings.h"
#include "chartview.h"
#include "orgchartmodel.h"
#include "scenecategories.h"

#include <QActionGroup>
#include <QFileInfo>
#include <QMenu>

namespace {

constexpr qsizetype rememberedFiles = 200; // the per-file choices kept; beyond, the oldest names go first

QString absolute(const QString &path)
{
    return path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
}

} // namespace

ColourByMenu::ColourByMenu(QMenu *menu, const OrgChartModel *model, ChartView *chart)
    : QObject(menu), m_menu(menu), m_model(model), m_chart(chart), m_group(new QActionGroup(this))
{
    m_menu->setObjectName(QStringLiteral("colourByMenu"));
    m_group->setExclusive(true);
    fill();
}

QString ColourByMenu::savedColumn(const QString &path)
{
    return Settings::value(Settings::colourBy).toMap().value(absolute(path)).toString();
}

void ColourByMenu::saveColumn(const QString &path, const QString &column)
{
    if (path.isEmpty())
        return;
    QVariantMap choices = Settings::value(Settings::colourBy).toMap();
    if (column.isEmpty())
        choices.remove(path);
    else
        choices.insert(path, column);
    while (choices.size() > rememberedFiles)
        choices.erase(choices.begin());
    Settings::setValue(Settings::colourBy, choices);
}

void ColourByMenu::fileOpened(const QString &path)
{
    m_file = absolute(path);
    const int column = SceneCategories::findColumn(m_model->chart(), savedColumn(m_file));
    m_chart->setColourBy(column >= 0 ? m_model->chart().fieldNames[column] : QString());
    fill();
}

void ColourByMenu::choose(const QString &column)
{
    m_chart->setColourBy(column);
    saveColumn(m_file, column);
    const QList<QAction *> actions = m_group->actions();
    for (QAction *action : actions)
        if (action->data().toString() == column)
            action->setChecked(true);
}

// "None", then the columns, numbered for the keyboard; a word of why when there are none.
void ColourByMenu::fill()
{
    m_menu->clear(); // deletes the actions, which leave the group as they go
    const auto add = [this](const QString &text, const QString &column) {
        QAction *action = m_menu->addAction(text);
        m_group->addAction(action);
        action->setCheckable(true);
        action->setData(column);
        action->setChecked(column == m_chart->colourBy());
        connect(action, &QAction::triggered, this, [this, column] { choose(column); });
        return action;
    };
    add(tr("&None"), QString())->setObjectName(QStringLiteral("colourByNone"));
    const QStringList &columns = m_model->chart().fieldNames;
    // Said where the status bar and tooltips show it: an action in the menu would be one more to list.
    const QString tip = columns.isEmpty() ? tr("This chart has no extra columns to colour by")
                                          : tr("Colour the boxes by the values of a column of the file");
    m_menu->menuAction()->setStatusTip(tip);
    m_menu->menuAction()->setToolTip(tip);
    if (columns.isEmpty())
        return;
    m_menu->addSeparator();
    for (qsizetype i = 0; i < columns.size(); ++i) {
        QString name = columns[i];
        name.replace(u'&', QStringLiteral("&&"));
        add(i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(name) : name, columns[i]);
    }
}
