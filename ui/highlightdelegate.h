#pragma once

#include <QStyledItemDelegate>

// Draws the items for which a boolean role is true in bold on a tint of the palette's highlight
// colour: search matches in the outline, differences in the compare table.
class HighlightDelegate : public QStyledItemDelegate
{
public:
    HighlightDelegate(int role, QObject *parent)
        : QStyledItemDelegate(parent), m_role(role)
    {
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!index.data(m_role).toBool())
            return;
        QColor tint = option->palette.color(QPalette::Highlight);
        tint.setAlphaF(0.25f);
        option->backgroundBrush = tint;
        option->font.setBold(true);
    }

private:
    int m_role;
};
