#pragma once

#include "chartexport.h"
#include "orgchartfile.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>

#include <memory>

class ChartLoader;
class ChartNavigation;
class ChartView;
class ColourByMenu;
class CompareDialog;
class DetailPanel;
class OrgChartModel;
class QAction;
class QFileSystemWatcher;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QSplitter;
class QTimer;
class QToolButton;
class QTreeView;

// The explorer: outline, chart and detail panel over one model and one selection model.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(OrgChartModel *model, QWidget *parent = nullptr);

    ChartView *chartView() const { return m_chart; }
    QTreeView *outline() const { return m_outline; }
    DetailPanel *detailPanel() const { return m_details; }
    ChartNavigation *navigation() const { return m_navigation; }
    ColourByMenu *colourByMenu() const { return m_colourBy; }
    QAction *companySizeAction(CompanySize size) const;

    // The company size chosen in the window last time, large at first.
    static CompanySize savedCompanySize();

    // Asks nothing; shows an error dialog on failure. Returns whether the file was written.
    bool exportTo(const QString &fileName, const ExportRequest &request = {});
    // The same without a word to the user: the error, empty if written; *note as exportFile() says.
    QString writeExport(const QString &fileName, const ExportRequest &request, QString *note = nullptr) const;
    // The name File > Export offers, without folder or ending: the open file's ("staff.csv" gives
    // "staff"), with the company size where the chart has sizes.
    QString suggestedExportName() const;
    // The SVG File > Export would write for the request, for its preview; empty for a chart of more
    // people than a preview draws quickly.
    QByteArray previewSvg(const ExportRequest &request) const;
    void copyChart(); // what the window shows, as an image and as SVG
    // Writes the organisation shown as JSON or CSV, by the file's ending (File > Save Organisation
    // As…); says so in the status bar, or why not in a message box. Returns whether it was written.
    bool saveOrganisationTo(const QString &fileName);

    // Loads in the background; the chart shown stays until the new one is ready. A failure shows
    // a message and keeps the chart. A mapping of CSV columns, when given (even an empty one, which
    // leaves every column to the header), is kept for the file and used again when it is reloaded;
    // when not, the mapping remembered for the file's header is used, if there is one.
    void openFile(const QString &path, const std::optional<CsvColumnMapping> &mapping = std::nullopt);
    // The import dialog for a CSV file (File > Import…), which opens it with the columns chosen.
    void showImportDialog(const QString &path);
    void openBuiltInChart();
    ChartLoader *loader() const { return m_loader; }
    QString currentFile() const { return m_currentFile; } // empty for the built-in chart
    QLineEdit *searchField() const { return m_search; }
    QString searchStatus() const;
    QString statusSummary() const; // people, company size and selection, as the status bar shows
    void findNext() { stepMatch(+1); }
    void findPrevious() { stepMatch(-1); }
    QAction *action(const QString &objectName) const; // for tests and the README's list
    // Opens the compare window on the selected boxes; one box with up to three colleagues, or with
    // its manager when it has none; nothing selected, the top of the chart and a few reports.
    CompareDialog *showCompare();
    QMessageBox *lastMessage() const { return m_message; }

    static QString builtInChartPath();
    void setChartLayout(ChartLayout layout); // as the View > Layout menu does

Q_SIGNALS:
    void fileOpened(const QString &path);
    void fileFailed(const QString &path, const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void setCompanySize(CompanySize size);
    void chooseExportFile();
    void chooseOrganisationFile();
    void printChart(bool preview);
    void showCurrent(const QModelIndex &current);
    void showInOutline(const QModelIndex &index);
    QString askFileToRead(const QString &caption, const QString &filter);
    void chooseFileToOpen();
    void chooseFileToImport();
    void finishLoading(const QString &path, std::shared_ptr<LoadResult> result);
    void showLoading(bool loading);
    void showMessage(QMessageBox *box);
    void rememberRecentFile(const QString &path);
    void fillRecentMenu();
    void updateTitleAndActions();
    void updateStatus();
    void offerReload(const QString &path);
    void showAbout();
    void createViewActions(QMenu *view);
    void createLayoutActions(QMenu *menu);
    void runSearch();
    void stepMatch(int direction);

    OrgChartModel *m_model;
    QTreeView *m_outline;
    ChartView *m_chart;
    DetailPanel *m_details;
    QSplitter *m_splitter;
    QAction *m_smallCompany = nullptr;
    QAction *m_largeCompany = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    ChartNavigation *m_navigation = nullptr;
    ColourByMenu *m_colourBy = nullptr;
    ChartLoader *m_loader;
    QProgressBar *m_progress;
    QToolButton *m_cancelLoading;
    QPointer<QMessageBox> m_message; // cleared by Qt when the box closes
    QString m_currentFile;
    QString m_mappedFile; // the file m_mapping is for
    CsvColumnMapping m_mapping;
    QLineEdit *m_search;
    QLabel *m_searchLabel;
    QTimer *m_searchDelay;
    int m_matchCursor = -1;
    CompareDialog *m_compare = nullptr;
    QLabel *m_status;
    QFileSystemWatcher *m_watcher;
};
