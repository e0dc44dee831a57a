#include "shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

// The key after a text's "&" (not "&&"), for Alt+…; empty when it has none.
QString mnemonicKey(const QString &text)
{
    for (qsizetype at = text.indexOf(u'&'); at >= 0 && at + 1 < text.size(); at = text.indexOf(u'&', at + 2))
        if (text[at + 1] != u'&')
            return text.mid(at + 1, 1).toUpper();
    return {};
}

// A menu text as a user reads it: no "&", no trailing ellipsis.
QString plainText(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01")).remove(u'&').replace(u'\x01', u'&');
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}

QList<QStandardItem *> row(const QString &what, const QString &keys)
{
    auto *action = new QStandardItem(what), *key = new QStandardItem(keys);
    action->setEditable(false);
    key->setEditable(false);
    return {action, key};
}

// Every action in the menu bar's menus, submenus included, depth first as the menus show them.
void addMenuActions(QStandardItem *group, const QMenuBar *menus)
{
    struct Pending
    {
        const QMenu *menu;
        QString path; // "Alt+V, Y": the mnemonics that open it
    };
    std::vector<Pending> pending;
    const QList<QAction *> titles = menus->actions();
    for (auto it = titles.crbegin(); it != titles.crend(); ++it)
        if ((*it)->menu())
            pending.push_back({(*it)->menu(), QStringLiteral("Alt+") + mnemonicKey((*it)->text())});
    while (!pending.empty()) { // a stack, not recursion: menus nest, if only a little
        const Pending next = pending.back();
        pending.pop_back();
        const QList<QAction *> actions = next.menu->actions();
        for (auto it = actions.crbegin(); it != actions.crend(); ++it) // reversed: the stack pops them in order
            if ((*it)->menu() && (*it)->isVisible())
                pending.push_back({(*it)->menu(), next.path + QStringLiteral(", ") + mnemonicKey((*it)->text())});
        for (QAction *action : actions) {
            if (action->isSeparator() || action->menu() || !action->isVisible() || action->text().isEmpty())
                continue;
            QString keys = action->shortcut().toString(QKeySequence::NativeText);
            const QString mnemonic = mnemonicKey(action->text());
            if (keys.isEmpty() && !mnemonic.isEmpty())
                keys = next.path + QStringLiteral(", ") + mnemonic;
            group->appendRow(row(plainText(next.menu->title()) + QStringLiteral(" › ") + plainText(action->text()), keys));
        }
    }
}

// The keys the chart answers itself, without a menu.
void addChartKeys(QStandardItem *group)
{
    const std::pair<const char *, const char *> keys[] = {
        {QT_TRANSLATE_NOOP("ShortcutsDialog", "Select the manager"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Up")},
        {QT_TRANSLATE_NOOP("ShortcutsDialog", "Select the first report, opening the box if needed"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Down")},
        {QT_TRANSLATE_NOOP("ShortcutsDialog", "Select the previous / next colleague"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Left / Right")},
        {QT_TRANSLATE_NOOP("ShortcutsDialog", "Select the top of the chart"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Home")},
        {QT_TRANSLATE_NOOP("ShortcutsDialog", "Show / hide the reports of the selected box"), QT_TRANSLATE_NOOP("ShortcutsDialog", "+ / −")},
        {QT_TRANSLATE_NOOP("ShortcutsDialog", "Show the whole chart again after a team"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Escape")},
        {QT_TRANSLATE_NOOP("ShortcutsDialog", "Add a box to the selection"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+click")},
        {QT_TRANSLATE_NOOP("ShortcutsDialog", "Zoom in / out"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+wheel")},
        {QT_TRANSLATE_NOOP("ShortcutsDialog", "Move between the chart, the outline and the panel"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Tab / Shift+Tab")},
    };
    for (const auto &[what, key] : keys)
        group->appendRow(row(ShortcutsDialog::tr(what), ShortcutsDialog::tr(key)));
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
    , m_filtered(new QSortFilterProxyModel(this))
    , m_view(new QTreeView)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *model = new QStandardItemModel(0, 2, this);
    model->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    auto *menuGroup = new QStandardItem(tr("Menus")), *chartGroup = new QStandardItem(tr("On the chart"));
    for (QStandardItem *group : {menuGroup, chartGroup}) {
        group->setEditable(false);
        model->appendRow({group, new QStandardItem});
    }
    addMenuActions(menuGroup, menus);
    addChartKeys(chartGroup);

    m_filtered->setSourceModel(model);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filtered->setFilterKeyColumn(-1); // the action or its keys
    m_filtered->setRecursiveFilteringEnabled(true);
    m_view->setModel(m_filtered);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setAccessibleName(tr("Keyboard shortcuts"));
    m_view->expandAll();
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(false);

    auto *filter = new QLineEdit;
    filter->setPlaceholderText(tr("Filter by action or key"));
    filter->setClearButtonEnabled(true);
    filter->setAccessibleName(tr("Filter"));
    connect(filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filtered->setFilterFixedString(text);
        m_view->expandAll();
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(filter);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    resize(620, 560);
}

QStringList ShortcutsDialog::lines() const
{
    QStringList lines;
    for (int group = 0; group < m_filtered->rowCount(); ++group) {
        const QModelIndex parent = m_filtered->index(group, 0);
        for (int row = 0; row < m_filtered->rowCount(parent); ++row)
            lines << m_filtered->index(row, 0, parent).data().toString() + u'\t' + m_filtered->index(row, 1, parent).data().toString();
    }
    return lines;
}
