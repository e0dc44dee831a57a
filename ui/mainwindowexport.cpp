// MainWindow: exporting, saving the organisation, copying and printing the chart.
#include "mainwindow.h"

#include "appsettings.h"
#include "chartview.h"
#include "exportdialog.h"
#include "orgchartmodel.h"
#include "orgchartwriter.h"
#include "svgexport.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QStatusBar>

QString MainWindow::writeExport(const QString &fileName, const ExportRequest &request, QString *note) const
{
    // The scene on screen serves an SVG or PNG that shows the same, when its type and spacing are
    // the export's; a PDF is laid out for its page, a team for itself.
    const bool mayReuse = QFileInfo(fileName).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0
                          && request.scope != ExportRequest::Scope::Subtree && m_chart->chartStyle().sameLayout(exportStyle());
    if (!mayReuse)
        return exportFile(*m_model, m_chart->sceneOptions(), fileName, request, note);
    return exportFile(*m_model, m_chart->sceneLaidOutWith(), fileName, request, note, &m_chart->scene());
}

bool MainWindow::exportTo(const QString &fileName, const ExportRequest &request)
{
    QString note;
    const QString error = writeExport(fileName, request, &note);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Export failed"), error);
        return false;
    }
    if (note.isEmpty())
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(fileName)), 5000);
    else // long enough to read: why the image is smaller than asked
        statusBar()->showMessage(tr("Exported %1: %2").arg(QDir::toNativeSeparators(fileName), note), 30000);
    return true;
}

QString MainWindow::suggestedExportName() const
{
    QString name = m_currentFile.isEmpty() ? QStringLiteral("leadership-chart") : QFileInfo(m_currentFile).completeBaseName();
    if (m_model->hasSizeVariants())
        name += u'-' + companySizeKey(m_model->companySize());
    return name;
}

QByteArray MainWindow::previewSvg(const ExportRequest &request) const
{
    constexpr size_t mostPeople = 2000; // its SVG drawn by Qt Svg in about 0.1 s
    if (m_model->chart().nodes.size() > mostPeople)
        return {};
    QString error;
    const std::optional<ChartScene> scene = exportScene(*m_model, m_chart->sceneOptions(), request, &error);
    QBuffer svg;
    if (!scene || !svg.open(QIODevice::WriteOnly) || !writeSvg(*scene, exportStyle(), &svg))
        return {};
    return svg.data();
}

void MainWindow::chooseExportFile()
{
    const QString folder = Settings::value(Settings::exportFolder,
                                          QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)).toString();
    const QString suggested = QDir(folder).filePath(suggestedExportName() + QStringLiteral(".svg"));
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export Chart"), suggested,
                                                          tr("SVG pictures (*.svg);;PNG images (*.png);;PDF documents (*.pdf)"));
    if (fileName.isEmpty())
        return;
    const QModelIndex current = m_chart->currentIndex();
    const auto planPages = [this, shown = m_chart->sceneOptions()](const ExportRequest &request) {
        QString error;
        return planPdfPages(*m_model, shown, request, &error);
    };
    ExportDialog options(fileName, current.data(Qt::DisplayRole).toString(), current.data(OrgChartModel::IdRole).toString(), this,
                         planPages);
    options.setPreviewSource([this](const ExportRequest &request) { return previewSvg(request); });
    if (options.exec() != QDialog::Accepted)
        return;
    if (exportTo(fileName, options.request()))
        Settings::setValue(Settings::exportFolder, QFileInfo(fileName).absolutePath());
}

bool MainWindow::saveOrganisationTo(const QString &fileName)
{
    const QString error = saveOrgChart(m_model->chart(), fileName);
    if (!error.isEmpty()) {
        showMessage(new QMessageBox(QMessageBox::Warning, tr("Saving failed"), error, QMessageBox::Ok, this));
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(fileName)), 5000);
    return true;
}

void MainWindow::chooseOrganisationFile()
{
    const QString json = tr("JSON, the program's own format (*.json)"), csv = tr("CSV, for spreadsheets (*.csv)");
    const QString folder = Settings::value(Settings::exportFolder,
                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString name = m_currentFile.isEmpty() ? QStringLiteral("leadership-chart") : QFileInfo(m_currentFile).completeBaseName();
    QString filter = json;
    QString fileName = QFileDialog::getSaveFileName(this, tr("Save Organisation"), QDir(folder).filePath(name + QStringLiteral(".json")),
                                                    json + QStringLiteral(";;") + csv, &filter);
    if (fileName.isEmpty())
        return;
    if (!orgChartFormatFor(fileName)) // a name typed without its ending: the type chosen gives it
        fileName += filter == csv ? QStringLiteral(".csv") : QStringLiteral(".json");
    if (saveOrganisationTo(fileName))
        Settings::setValue(Settings::exportFolder, QFileInfo(fileName).absolutePath());
}

void MainWindow::copyChart()
{
    ExportRequest visible;
    visible.scope = ExportRequest::Scope::Visible;
    QString error;
    if (const std::optional<ChartScene> scene = exportScene(*m_model, m_chart->sceneOptions(), visible, &error)) {
        QApplication::clipboard()->setMimeData(chartMimeData(*scene));
        statusBar()->showMessage(tr("Copied the chart as an image and as SVG"), 5000);
    }
}

void MainWindow::printChart(bool preview)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(windowTitle());
    ExportRequest request;
    request.scope = ExportRequest::Scope::Visible;
    request.tiled = true;
    const SceneOptions shown = m_chart->sceneOptions();
    QString error;
    // The printer's paper, turned to the chart's shape; the chart is laid out again for the page
    // the dialog leaves, as the user may choose other paper or turn it.
    if (const std::optional<ChartScene> scene = pagedExportScene(*m_model, shown, request, printer.pageLayout().pageSize(), &error))
        printer.setPageOrientation(pageLayoutFor(scene->bounds.size(), printer.pageLayout().pageSize()).orientation());
    const auto print = [&](QPrinter *target) {
        if (const std::optional<ChartScene> scene = exportSceneForPage(*m_model, shown, request, target->pageLayout(), &error))
            paintChartPages(*target, *scene, request.tiled);
    };
    if (preview) {
        QPrintPreviewDialog dialog(&printer, this);
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this, print);
        dialog.exec();
    } else if (QPrintDialog(&printer, this).exec() == QDialog::Accepted) {
        print(&printer);
    }
}
