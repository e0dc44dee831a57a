#pragma once

#include <QDialog>

class QMenuBar;
class QSortFilterProxyModel;
class QTreeView;

// Help > Keyboard Shortcuts: every action of the menus with the keys that reach it (its shortcut,
// else Alt and the menus' mnemonics), and the keys of the chart itself, with a filter.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);

    // What the dialog lists, as "action\tkeys" lines: for tests and for copying.
    QStringList lines() const;

private:
    QSortFilterProxyModel *m_filtered;
    QTreeView *m_view;
};
