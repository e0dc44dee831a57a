#include "importdialog.h"

#include "appsettings.h"
#include "orgchartfile.h"
#include "orgchartmodel.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

// A header's key among the remembered mappings: its names, hashed, so that any text makes a key.
QString mappingKey(const QStringList &header)
{
    const QByteArray names = header.join(QChar(0x1f)).toUtf8();
    return QStringLiteral("import/mappings/") + QString::fromLatin1(QCryptographicHash::hash(names, QCryptographicHash::Sha1).toHex());
}

} // namespace

ImportDialog::ImportDialog(const QString &path, CsvPreview preview, const CsvColumnMapping &initial, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_preview(std::move(preview))
    , m_rows(new QTableWidget(this))
    , m_tree(new QTreeView(this))
    , m_model(new OrgChartModel(this))
    , m_status(new QLabel(this))
    , m_commandLine(new QLabel(this))
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(path).fileName()));
    auto *form = new QFormLayout;
    const QString labels[] = {tr("&Id:"), tr("&Name:"), tr("&First name:"), tr("&Last name:"), tr("&Title:"), tr("&Manager:")};
    const QString chosen[] = {initial.id, initial.name, initial.firstName, initial.lastName, initial.title, initial.manager};
    for (size_t role = 0; role < m_roles.size(); ++role) {
        QComboBox *combo = m_roles[role] = new QComboBox(this);
        combo->addItem(tr("Found from the header"), QString());
        for (const QString &column : m_preview.header)
            combo->addItem(column, column);
        combo->setCurrentIndex(std::max(0, combo->findData(chosen[role])));
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::updateTree);
        form->addRow(labels[role], combo);
    }
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_rows);
    splitter->addWidget(m_tree);
    m_rows->setAccessibleName(tr("The first rows of the file"));
    m_tree->setAccessibleName(tr("The tree they make"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_status->setWordWrap(true);
    m_commandLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_commandLine->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Choose the column that holds each of these, or leave it to be found from the header. "
                                "The first rows and the tree they make show what the file will give."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_commandLine);
    layout->addWidget(buttons);
    resize(900, 640);
    showRows();
    updateTree();
    m_roles[0]->setFocus(); // the keyboard starts at the first choice, not in the rows
}

CsvColumnMapping ImportDialog::mapping() const
{
    const auto column = [this](size_t role) { return m_roles[role]->currentData().toString(); };
    return {column(0), column(1), column(2), column(3), column(4), column(5)};
}

void ImportDialog::showRows()
{
    m_rows->setColumnCount(int(m_preview.header.size()));
    m_rows->setHorizontalHeaderLabels(m_preview.header);
    m_rows->setRowCount(int(m_preview.rows.size()));
    for (int row = 0; row < m_preview.rows.size(); ++row)
        for (int column = 0; column < m_preview.rows[row].size() && column < m_preview.header.size(); ++column)
            m_rows->setItem(row, column, new QTableWidgetItem(m_preview.rows[row][column]));
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->resizeColumnsToContents();
}

// The first rows read with the mapping chosen: the tree they make, or why they make none.
void ImportDialog::updateTree()
{
    const CsvColumnMapping chosen = mapping();
    LoadResult result = parseOrgChart(m_preview.text, QFileInfo(m_path).fileName(), {}, chosen);
    m_open->setEnabled(bool(result.chart));
    if (!result.chart) {
        m_model->setChart(OrgChart());
        m_status->setText(result.error);
    } else {
        const int people = int(result.chart->nodes.size()), top = int(result.chart->roots.size());
        m_model->setChart(std::move(*result.chart));
        m_tree->expandAll();
        // Managers beyond the rows shown are not found here: their reports show at the top.
        m_status->setText(tr("Rows read: %L1. At the top of the tree they make: %L2.").arg(people).arg(top));
    }
    const QString text = csvColumnMappingText(chosen);
    m_commandLine->setText(text.isEmpty() ? QString() : tr("On the command line: --map \"%1\"").arg(text));
}

CsvPreview ImportDialog::readPreview(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CsvPreview preview;
        preview.error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return preview;
    }
    return previewCsv(file.read(qint64(previewRows + 1) * 4096), path, previewRows);
}

CsvColumnMapping ImportDialog::remembered(const QStringList &header)
{
    const QString text = Settings::value(mappingKey(header)).toString();
    std::optional<CsvColumnMapping> mapping = text.isEmpty() ? std::nullopt : parseCsvColumnMapping(text, nullptr);
    return mapping.value_or(CsvColumnMapping());
}

void ImportDialog::remember(const QStringList &header, const CsvColumnMapping &mapping)
{
    Settings::setValue(mappingKey(header), csvColumnMappingText(mapping));
}
