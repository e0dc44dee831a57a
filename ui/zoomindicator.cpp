#include "zoomindicator.h"

#include "chartview.h"

#include <QLineEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>

#include <cmath>

namespace {
constexpr int presets[] = {25, 50, 75, 100, 150, 200};
}

ZoomIndicator::ZoomIndicator(ChartView *chart, QWidget *parent)
    : QComboBox(parent)
    , m_chart(chart)
{
    setEditable(true);
    setInsertPolicy(NoInsert);
    setAccessibleName(tr("Zoom"));
    setToolTip(tr("Zoom: type a percentage and press Enter, or pick one"));
    for (int percent : presets)
        addItem(percentText(percent / 100.0), percent / 100.0);
    addItem(tr("Fit"), 0.0);
    // Digits with an optional percent sign, or the word for fitting.
    lineEdit()->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("\\s*\\d{0,4}([.,]\\d{0,2})?\\s*%?\\s*|") + QRegularExpression::escape(tr("Fit")),
                           QRegularExpression::CaseInsensitiveOption),
        this));
    setMinimumContentsLength(6);
    setSizeAdjustPolicy(AdjustToMinimumContentsLengthWithIcon);
    connect(this, &QComboBox::activated, this, [this](int row) { apply(itemText(row)); });
    connect(lineEdit(), &QLineEdit::returnPressed, this, [this] { apply(lineEdit()->text()); });
    connect(lineEdit(), &QLineEdit::editingFinished, this, [this] { showZoom(m_chart->zoom()); });
    connect(m_chart, &ChartView::zoomChanged, this, &ZoomIndicator::showZoom);
    showZoom(m_chart->zoom());
}

QString ZoomIndicator::percentText(double zoom)
{
    return tr("%1 %").arg(std::lround(zoom * 100));
}

void ZoomIndicator::apply(const QString &text)
{
    const QString entered = text.trimmed();
    if (entered.compare(tr("Fit"), Qt::CaseInsensitive) == 0) {
        m_chart->fitToWindow();
    } else {
        QString number = entered;
        number.remove(u'%');
        number.replace(u',', u'.');
        bool ok = false;
        const double percent = number.trimmed().toDouble(&ok);
        if (ok && percent > 0)
            m_chart->setZoom(percent / 100);
    }
    showZoom(m_chart->zoom());
    m_chart->setFocus(Qt::OtherFocusReason);
}

void ZoomIndicator::showZoom(double zoom)
{
    if (lineEdit()->hasFocus() && lineEdit()->isModified())
        return; // not while the user types
    setCurrentIndex(-1);
    setEditText(percentText(zoom));
}
