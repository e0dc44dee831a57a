#include "mainwindow.h"

#include "chartview.h"
#include "detailpanel.h"
#include "orgchartmodel.h"
#include "svgexport.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>

namespace Settings {
const QString companySize = QStringLiteral("chart/companySize");
const QString geometry = QStringLiteral("window/geometry");
const QString splitter = QStringLiteral("window/splitter");
const QString exportFolder = QStringLiteral("export/folder");
}

MainWindow::MainWindow(OrgChartModel *model, QWidget *parent)
    : QMainWindow(parent)
    , m_model(model)
    , m_outline(new QTreeView)
    , m_chart(new ChartView)
    , m_details(new DetailPanel)
    , m_splitter(new QSplitter)
{
    setWindowTitle(tr("Org Chart Explorer"));

    m_outline->setModel(m_model);
    m_outline->setHeaderHidden(true);
    m_outline->setAccessibleName(tr("Outline"));
    m_chart->setModel(m_model);
    // One selection for both views, so that selecting in either selects in both.
    auto *selection = new QItemSelectionModel(m_model, this);
    QItemSelectionModel *outlineDefault = m_outline->selectionModel();
    QItemSelectionModel *chartDefault = m_chart->selectionModel();
    m_outline->setSelectionModel(selection);
    m_chart->setSelectionModel(selection);
    delete outlineDefault;
    delete chartDefault;
    m_outline->expandAll();
    connect(m_model, &QAbstractItemModel::modelReset, m_outline, &QTreeView::expandAll);
    m_details->setModel(m_model);

    connect(selection, &QItemSelectionModel::currentChanged, this, &MainWindow::showCurrent);
    connect(m_chart, &ChartView::linkSelected, this, [this](int link) {
        if (link >= 0)
            m_details->showLink(link);
        else if (!m_chart->currentIndex().isValid())
            m_details->showOverview();
    });

    m_splitter->addWidget(m_outline);
    m_splitter->addWidget(m_chart);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({260, 740, 400});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    setTabOrder(m_chart, m_outline);
    setTabOrder(m_outline, m_details);

    createActions();
    resize(1400, 860);

    const QSettings settings;
    restoreGeometry(settings.value(Settings::geometry).toByteArray());
    m_splitter->restoreState(settings.value(Settings::splitter).toByteArray());
    m_chart->setFocus();
    statusBar()->showMessage(tr("Click a role to see what it does; Ctrl+1 and Ctrl+2 switch the company size."));
}

QAction *MainWindow::companySizeAction(CompanySize size) const
{
    return size == CompanySize::Small ? m_smallCompany : m_largeCompany;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *exportAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export as SVG…"),
                                            this, &MainWindow::chooseExportFile);
    exportAction->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    exportAction->setStatusTip(tr("Save the whole chart, in the company size shown, as an SVG picture"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto *sizes = new QActionGroup(this);
    m_smallCompany = new QAction(tr("&Small Company"), sizes);
    m_smallCompany->setShortcut(QKeySequence(tr("Ctrl+1")));
    m_smallCompany->setStatusTip(tr("Show the roles as they usually are in a small company"));
    m_largeCompany = new QAction(tr("&Large Company"), sizes);
    m_largeCompany->setShortcut(QKeySequence(tr("Ctrl+2")));
    m_largeCompany->setStatusTip(tr("Show the roles as they usually are in a large company"));
    for (QAction *action : {m_smallCompany, m_largeCompany})
        action->setCheckable(true);
    companySizeAction(m_model->companySize())->setChecked(true);
    connect(m_smallCompany, &QAction::triggered, this, [this] { setCompanySize(CompanySize::Small); });
    connect(m_largeCompany, &QAction::triggered, this, [this] { setCompanySize(CompanySize::Large); });
    connect(m_model, &OrgChartModel::companySizeChanged, this,
            [this](CompanySize size) { companySizeAction(size)->setChecked(true); });
    view->addActions(sizes->actions());

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *sizeLabel = new QLabel(tr("Company size:"));
    sizeLabel->setContentsMargins(6, 0, 4, 0);
    toolbar->addWidget(sizeLabel);
    toolbar->addActions(sizes->actions());
    toolbar->addSeparator();
    toolbar->addAction(exportAction);
}

CompanySize MainWindow::savedCompanySize()
{
    return companySizeFromKey(QSettings().value(Settings::companySize).toString()).value_or(CompanySize::Large);
}

void MainWindow::setCompanySize(CompanySize size)
{
    m_model->setCompanySize(size);
    QSettings().setValue(Settings::companySize, companySizeKey(size));
}

void MainWindow::showCurrent(const QModelIndex &current)
{
    if (current.isValid())
        m_details->showNode(current);
    else if (m_chart->selectedLink() < 0)
        m_details->showOverview();
}

bool MainWindow::exportSvg(const QString &fileName)
{
    const QString error = ::exportSvg(buildChartScene(*m_model, ChartStyle::light()), ChartStyle::light(), fileName);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Export failed"), error);
        return false;
    }
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(fileName)), 5000);
    return true;
}

void MainWindow::chooseExportFile()
{
    QSettings settings;
    const QString folder = settings.value(Settings::exportFolder,
                                          QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)).toString();
    const QString suggested = QDir(folder).filePath(QStringLiteral("org-chart-%1.svg").arg(companySizeKey(m_model->companySize())));
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export Chart as SVG"), suggested, tr("SVG pictures (*.svg)"));
    if (fileName.isEmpty())
        return;
    if (exportSvg(fileName))
        settings.setValue(Settings::exportFolder, QFileInfo(fileName).absolutePath());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(Settings::geometry, saveGeometry());
    settings.setValue(Settings::splitter, m_splitter->saveState());
    event->accept();
}
