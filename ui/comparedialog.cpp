#include "comparedialog.h"

#include "atomicfile.h"
#include "comparemodel.h"
#include "highlightdelegate.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

CompareDialog::CompareDialog(OrgChartModel *source, QWidget *parent)
    : QDialog(parent)
    , m_model(new CompareModel(this))
    , m_table(new QTableView)
{
    setWindowTitle(tr("Compare"));
    m_model->setSource(source);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new HighlightDelegate(CompareModel::DiffersRole, false, m_table));
    m_table->setWordWrap(true);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(180);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Comparison"));
    connect(m_model, &QAbstractItemModel::modelReset, m_table, &QTableView::resizeRowsToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *copyButton = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copyButton->setToolTip(tr("Copy the table as text and as an HTML table (Ctrl+C)"));
    QPushButton *exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    exportButton->setToolTip(tr("Save the table as CSV or Markdown"));
    connect(copyButton, &QPushButton::clicked, this, &CompareDialog::copy);
    connect(exportButton, &QPushButton::clicked, this, &CompareDialog::chooseExportFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *copyAction = new QAction(this);
    copyAction->setShortcut(QKeySequence::Copy);
    connect(copyAction, &QAction::triggered, this, &CompareDialog::copy);
    addAction(copyAction);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(900, 640);
}

void CompareDialog::compare(const QList<int> &nodes)
{
    m_model->setNodes(nodes);
    m_table->resizeRowsToContents();
}

void CompareDialog::copy()
{
    auto *data = new QMimeData;
    data->setText(m_model->toTsv());
    data->setHtml(m_model->toHtml());
    QApplication::clipboard()->setMimeData(data);
}

bool CompareDialog::exportTo(const QString &fileName)
{
    const bool markdown = QFileInfo(fileName).suffix().toLower() == QLatin1String("md");
    const QString error = writeAtomically(fileName, [&](QIODevice &device) {
        const QByteArray text = (markdown ? m_model->toMarkdown() : m_model->toCsv()).toUtf8();
        return device.write(text) == text.size();
    });
    if (error.isEmpty())
        return true;
    QMessageBox::warning(this, tr("Export failed"), error);
    return false;
}

void CompareDialog::chooseExportFile()
{
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export Comparison"), QStringLiteral("comparison.csv"),
                                                          tr("CSV (*.csv);;Markdown (*.md)"));
    if (!fileName.isEmpty())
        exportTo(fileName);
}
