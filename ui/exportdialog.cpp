#include "exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QSvgRenderer>
#include <QVBoxLayout>

namespace {
constexpr QSize previewSize(420, 240);
}

ExportDialog::ExportDialog(const QString &fileName, const QString &subtreeName, const QString &subtreeId, QWidget *parent,
                           PagePlanner planPages)
    : QDialog(parent)
    , m_subtreeId(subtreeId)
    , m_planPages(std::move(planPages))
    , m_all(new QRadioButton(tr("The &whole chart, everyone shown")))
    , m_visible(new QRadioButton(tr("Only what the window &shows (collapsed boxes stay collapsed)")))
    , m_subtree(new QRadioButton(subtreeName.isEmpty() ? tr("The selected box and everyone &below (select a box first)")
                                                       : tr("%1 and everyone &below").arg(subtreeName)))
    // Owned by the dialog: only those for the file's kind are laid out.
    , m_scale(new QComboBox(this))
    , m_transparent(new QCheckBox(tr("&Transparent background"), this))
    , m_tiled(new QCheckBox(tr("&Tile over several pages at a readable size, with page numbers"), this))
    , m_summary(new QLabel)
    , m_preview(new QLabel)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    setWindowTitle(tr("Export %1").arg(QFileInfo(fileName).fileName()));
    m_all->setChecked(true);
    m_subtree->setEnabled(!subtreeId.isEmpty());
    m_scale->addItem(tr("1× (as on screen)"), 1.0);
    m_scale->addItem(tr("2×"), 2.0);
    m_scale->addItem(tr("4×"), 4.0);

    auto *form = new QFormLayout;
    auto *scopes = new QVBoxLayout;
    for (QRadioButton *scope : {m_all, m_visible, m_subtree}) {
        scopes->addWidget(scope);
        connect(scope, &QRadioButton::toggled, this, &ExportDialog::describe);
    }
    form->addRow(tr("Export:"), scopes);
    if (suffix == QLatin1String("png")) {
        form->addRow(tr("Scale:"), m_scale);
        form->addRow(QString(), m_transparent);
    } else if (suffix == QLatin1String("pdf")) {
        m_pdf = true;
        form->addRow(tr("Pages:"), m_tiled);
        connect(m_tiled, &QCheckBox::toggled, this, &ExportDialog::describe);
    }
    m_tiled->setObjectName(QStringLiteral("tiled"));
    m_transparent->setObjectName(QStringLiteral("transparent"));
    m_scale->setObjectName(QStringLiteral("scale"));
    m_scale->setVisible(suffix == QLatin1String("png"));
    m_transparent->setVisible(suffix == QLatin1String("png"));
    m_tiled->setVisible(m_pdf);
    m_summary->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(previewSize);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    describe();
}

void ExportDialog::setPreviewSource(SvgSource source)
{
    m_svgSource = std::move(source);
    m_preview->setVisible(bool(m_svgSource));
    updatePreview();
}

void ExportDialog::updatePreview()
{
    if (!m_svgSource)
        return;
    const QByteArray svg = m_svgSource(request());
    QSvgRenderer renderer(svg);
    if (svg.isEmpty() || !renderer.isValid()) {
        m_preview->setPixmap({});
        m_preview->setText(svg.isEmpty() ? tr("No preview: the chart is too big to draw here quickly.") : tr("No preview."));
        return;
    }
    // The picture fitted to the preview, at the screen's pixel density: at most a few hundred
    // thousand pixels, however big the chart.
    const qreal ratio = devicePixelRatioF();
    const QSizeF fitted = renderer.defaultSize().toSizeF().scaled(QSizeF(previewSize) * ratio, Qt::KeepAspectRatio);
    QImage image(fitted.toSize().expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    image.setDevicePixelRatio(ratio);
    m_preview->setPixmap(QPixmap::fromImage(image));
}

ExportRequest ExportDialog::request() const
{
    ExportRequest request;
    if (m_visible->isChecked())
        request.scope = ExportRequest::Scope::Visible;
    if (m_subtree->isChecked()) {
        request.scope = ExportRequest::Scope::Subtree;
        request.subtreeId = m_subtreeId;
    }
    request.scale = m_scale->currentData().toDouble();
    request.transparent = m_transparent->isChecked();
    request.tiled = m_tiled->isChecked();
    return request;
}

QString ExportDialog::summary() const
{
    return m_summary->text();
}

void ExportDialog::describe()
{
    const ExportRequest chosen = request();
    QString text = tr("This exports %1.").arg(chosen.scopeDescription());
    if (m_pdf && m_planPages)
        text += QLatin1Char(' ') + describePagePlan(m_planPages(chosen));
    m_summary->setText(text);
    updatePreview();
}
