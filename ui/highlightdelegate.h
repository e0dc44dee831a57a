#pragma once

#include <QStyledItemDelegate>

// Draws the items for which a boolean role is true on a tint of the palette's highlight colour,
// in bold if asked: search matches in the outline, differences in the compare table.
class HighlightDelegate : public QStyledItemDelegate
{
public:
    HighlightDelegate(int role, bool bold, QObject *parent)
        : QStyledItemDelegate(parent), m_role(role), m_bold(bold)
    {
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!index.data(m_role).toBool())
            return;
        QColor tint = option->palette.color(QPalette::Highlight);
        tint.setAlphaF(m_bold ? 0.25f : 0.14f);
        option->backgroundBrush = tint;
        option->font.setBold(m_bold);
    }

private:
    int m_role;
    bool m_bold;
};
