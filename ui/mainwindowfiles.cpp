// MainWindow: opening, importing, reloading and dropping files, and the recent ones.
#include "mainwindow.h"

#include "appsettings.h"
#include "chartloader.h"
#include "colourbymenu.h"
#include "importdialog.h"
#include "orgchartmodel.h"

#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileSystemWatcher>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolButton>

QString MainWindow::builtInChartPath()
{
    // The role texts in the language of the window, where the chart has been translated.
    const QString translated = QStringLiteral(":/charts/leadership_%1.json").arg(QLocale().name().section(u'_', 0, 0));
    return QFile::exists(translated) ? translated : QStringLiteral(":/charts/leadership.json");
}

// A file chosen to read, from the folder of the last one; empty if the user cancelled.
QString MainWindow::askFileToRead(const QString &caption, const QString &filter)
{
    const QString folder = Settings::value(Settings::openFolder, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString path = QFileDialog::getOpenFileName(this, caption, folder, filter);
    if (!path.isEmpty())
        Settings::setValue(Settings::openFolder, QFileInfo(path).absolutePath());
    return path;
}

void MainWindow::chooseFileToOpen()
{
    if (const QString path = askFileToRead(tr("Open Organisation"), tr("Organisations (*.csv *.json);;CSV files (*.csv);;JSON files (*.json);;All files (*)"));
        !path.isEmpty())
        openFile(path);
}

void MainWindow::chooseFileToImport()
{
    if (const QString path = askFileToRead(tr("Import Organisation"), tr("CSV and text files (*.csv *.tsv *.txt);;All files (*)")); !path.isEmpty())
        showImportDialog(path);
}

void MainWindow::showImportDialog(const QString &path)
{
    CsvPreview preview = ImportDialog::readPreview(path);
    if (!preview.error.isEmpty()) {
        showMessage(new QMessageBox(QMessageBox::Critical, tr("Cannot import file"), preview.error, QMessageBox::Ok, this));
        return;
    }
    const CsvColumnMapping initial = path == m_mappedFile ? m_mapping : ImportDialog::remembered(preview.header);
    auto *dialog = new ImportDialog(path, std::move(preview), initial, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, path] {
        ImportDialog::remember(dialog->header(), dialog->mapping());
        openFile(path, dialog->mapping());
    });
    dialog->open();
}

void MainWindow::openFile(const QString &path, const std::optional<CsvColumnMapping> &mapping)
{
    if (mapping) {
        m_mappedFile = path;
        m_mapping = *mapping;
    } else if (path != m_mappedFile && QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) != 0) {
        // The columns chosen last time for a file with this header.
        if (const CsvColumnMapping remembered = ImportDialog::remembered(ImportDialog::readPreview(path).header); !remembered.isEmpty()) {
            m_mappedFile = path;
            m_mapping = remembered;
        }
    }
    showLoading(true);
    statusBar()->showMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
    m_loader->load(path, path == m_mappedFile ? m_mapping : CsvColumnMapping());
}

void MainWindow::openBuiltInChart()
{
    openFile(builtInChartPath());
}

void MainWindow::finishLoading(const QString &path, std::shared_ptr<LoadResult> result)
{
    showLoading(false);
    statusBar()->clearMessage();
    // A mapping that no longer fits the file (its columns renamed, say) is not tried again.
    const QString mappingUsed = path == m_mappedFile ? csvColumnMappingText(m_mapping) : QString();
    if (!result->chart && !mappingUsed.isEmpty()) {
        m_mappedFile.clear();
        m_mapping = {};
        result->error += u'\n' + tr("Read with the columns chosen before: --map \"%1\". File > Import… chooses them again.").arg(mappingUsed);
    }
    if (!result->chart && result->headerNotUnderstood) { // not an error: the user can name the columns
        statusBar()->showMessage(tr("Choose which columns of %1 hold what").arg(QFileInfo(path).fileName()), 10000);
        showImportDialog(path);
        return;
    }
    if (!result->chart) {
        auto *box = new QMessageBox(QMessageBox::Critical, tr("Cannot open file"),
                                    tr("%1 could not be opened. The chart shown stays as it was.")
                                        .arg(QFileInfo(path).fileName()),
                                    QMessageBox::Ok, this);
        box->setInformativeText(result->error);
        showMessage(box);
        Q_EMIT fileFailed(path, result->error);
        return;
    }
    m_model->setChart(std::move(*result->chart));
    m_currentFile = path == builtInChartPath() ? QString() : path;
    m_colourBy->fileOpened(m_currentFile);
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_currentFile.isEmpty())
        m_watcher->addPath(m_currentFile);
    if (!m_currentFile.isEmpty())
        rememberRecentFile(path);
    updateTitleAndActions();
    const int people = m_model->rowCount() ? int(m_model->chart().nodes.size()) : 0;
    statusBar()->showMessage(tr("Opened %1: %Ln people", nullptr, people).arg(QFileInfo(path).fileName()), 8000);
    if (!result->warnings.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Opened with warnings"),
                                    tr("%1 was opened, with %n warning(s).", nullptr, int(result->warnings.size()))
                                        .arg(QFileInfo(path).fileName()),
                                    QMessageBox::Ok, this);
        box->setInformativeText(result->warnings.mid(0, 5).join(u'\n'));
        box->setDetailedText(result->warnings.join(u'\n'));
        showMessage(box);
    }
    Q_EMIT fileOpened(path);
}

// The open file changed on disk: offer to read it again. A reload that fails keeps the chart.
void MainWindow::offerReload(const QString &path)
{
    if (path != m_currentFile)
        return;
    if (!m_watcher->files().contains(path) && QFileInfo::exists(path))
        m_watcher->addPath(path); // saved by replacing the file: keep watching the new one
    if (m_message && m_message->property("reload").toBool())
        return; // already asking
    auto *box = new QMessageBox(QMessageBox::Question, tr("File changed"),
                                tr("%1 has changed on disk. Reload it?").arg(QFileInfo(path).fileName()), QMessageBox::NoButton, this);
    QPushButton *reload = box->addButton(tr("&Reload"), QMessageBox::AcceptRole);
    box->addButton(tr("&Keep the Chart Shown"), QMessageBox::RejectRole);
    box->setProperty("reload", true);
    connect(reload, &QPushButton::clicked, this, [this, path] { openFile(path); });
    showMessage(box);
}

// Messages are window-modal but do not block, so that loading and tests go on.
void MainWindow::showMessage(QMessageBox *box)
{
    if (m_message)
        m_message->deleteLater();
    m_message = box;
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->open();
}

void MainWindow::showLoading(bool loading)
{
    m_progress->setValue(0);
    m_progress->setVisible(loading);
    m_cancelLoading->setVisible(loading);
}

void MainWindow::rememberRecentFile(const QString &path)
{
    QStringList recent = Settings::value(Settings::recentFiles).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    Settings::setValue(Settings::recentFiles, recent.mid(0, Settings::maxRecentFiles));
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = Settings::value(Settings::recentFiles).toStringList();
    for (qsizetype i = 0; i < recent.size(); ++i) {
        const QString &path = recent[i];
        QAction *action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()),
                                                  this, [this, path] { openFile(path); });
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    openFile(event->mimeData()->urls().first().toLocalFile());
    event->acceptProposedAction();
}
