#include "mainwindow.h"

#include "actionicons.h"
#include "appsettings.h"
#include "apptheme.h"
#include "breadcrumbbar.h"
#include "chartloader.h"
#include "chartnavigation.h"
#include "chartview.h"
#include "colourbymenu.h"
#include "comparedialog.h"
#include "detailpanel.h"
#include "exportdialog.h"
#include "highlightdelegate.h"
#include "importdialog.h"
#include "orgchartmodel.h"
#include "orgchartwriter.h"
#include "shortcutsdialog.h"
#include "svgexport.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

// Searching on every key press of a 100,000-person chart would stutter: wait for a pause.
constexpr int searchDelayMs = 150;
// Up to this many matches open on the chart at once; beyond it, each as F3 reaches it.
constexpr int revealedMatches = 500;
// QTreeView lays out its expanded rows recursively, a stack frame a level: opening the outline
// down to someone 100,000 levels deep overflowed the stack. The outline opens this many at most.
constexpr int outlineLevels = 1000;

// The status bar's one line shows a name's start: a name of 100,000 characters was laid out whole
// there, twice (size and paint), at every selection.
constexpr qsizetype statusNameLength = 200;

QString shortened(const QString &text, qsizetype longest)
{
    if (text.size() <= longest)
        return text;
    return text.left(text[longest - 1].isHighSurrogate() ? longest - 1 : longest) + QChar(0x2026);
}

// The outline's rows with their text cut short before the style elides it: eliding lays out the
// whole text, and names of 100,000 characters took tens of milliseconds a row at every paint.
class OutlineDelegate : public HighlightDelegate
{
public:
    using HighlightDelegate::HighlightDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        HighlightDelegate::initStyleOption(option, index);
        constexpr qsizetype longest = 500; // far wider than the outline
        option->text = shortened(option->text, longest);
    }
};

int depthOf(QModelIndex index)
{
    int depth = 0;
    for (; index.isValid(); index = index.parent())
        ++depth;
    return depth;
}

} // namespace

MainWindow::MainWindow(OrgChartModel *model, QWidget *parent)
    : QMainWindow(parent)
    , m_model(model)
    , m_outline(new QTreeView)
    , m_chart(new ChartView)
    , m_details(new DetailPanel)
    , m_splitter(new QSplitter)
    , m_loader(new ChartLoader(this))
    , m_progress(new QProgressBar)
    , m_cancelLoading(new QToolButton)
    , m_search(new QLineEdit)
    , m_searchLabel(new QLabel)
    , m_searchDelay(new QTimer(this))
    , m_status(new QLabel)
    , m_watcher(new QFileSystemWatcher(this))
{
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &MainWindow::offerReload);
    m_outline->setModel(m_model);
    m_outline->setHeaderHidden(true);
    m_outline->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_outline->setAccessibleName(tr("Outline"));
    m_outline->setItemDelegate(new OutlineDelegate(OrgChartModel::MatchRole, true, m_outline));
    m_outline->setAutoScroll(false); // it follows the selection through showInOutline(), to a bounded depth
    // Every row is one line: scrolling to the 10,000th of a manager's reports need not measure the
    // 9,999 rows above it.
    m_outline->setUniformRowHeights(true);
    m_outline->installEventFilter(this);
    m_chart->setModel(m_model);
    // One selection for both views, so that selecting in either selects in both.
    auto *selection = new QItemSelectionModel(m_model, this);
    QItemSelectionModel *outlineDefault = m_outline->selectionModel();
    QItemSelectionModel *chartDefault = m_chart->selectionModel();
    m_outline->setSelectionModel(selection);
    m_chart->setSelectionModel(selection);
    delete outlineDefault;
    delete chartDefault;
    const auto expandOutline = [this] { // a big organisation opens at its top levels
        if (m_model->chart().nodes.size() > 500)
            m_outline->expandToDepth(0);
        else
            m_outline->expandAll();
    };
    expandOutline();
    connect(m_model, &QAbstractItemModel::modelReset, this, expandOutline);
    m_details->setModel(m_model);
    connect(m_details, &DetailPanel::compareRequested, this, &MainWindow::showCompare);
    connect(m_details, &DetailPanel::personRequested, this, [this](const QModelIndex &index) {
        if (index.isValid())
            m_chart->setCurrentIndex(index);
    });

    connect(selection, &QItemSelectionModel::currentChanged, this, &MainWindow::showCurrent);
    connect(selection, &QItemSelectionModel::currentChanged, this, &MainWindow::showInOutline);
    connect(m_chart, &ChartView::linkSelected, this, [this](int link) {
        if (link >= 0)
            m_details->showLink(link);
        else if (!m_chart->currentIndex().isValid())
            m_details->showOverview();
    });

    // The outline in a dock on the left, under the overview; the chart with its breadcrumb bar and
    // the detail panel side by side.
    auto *outlineDock = new QDockWidget(tr("Outline"), this);
    outlineDock->setObjectName(QStringLiteral("outlineDock"));
    outlineDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    outlineDock->setWidget(m_outline);
    auto *chartArea = new QWidget;
    auto *chartLayout = new QVBoxLayout(chartArea);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->setSpacing(0);
    m_splitter->addWidget(chartArea);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setSizes({820, 400});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    createActions();
    addDockWidget(Qt::LeftDockWidgetArea, outlineDock);
    m_navigation = new ChartNavigation(this, m_chart, m_viewMenu);
    splitDockWidget(m_navigation->overviewDock(), outlineDock, Qt::Vertical);
    resizeDocks({m_navigation->overviewDock(), outlineDock}, {200, 600}, Qt::Vertical);
    resizeDocks({outlineDock}, {270}, Qt::Horizontal);
    chartLayout->addWidget(m_navigation->breadcrumbBar());
    chartLayout->addWidget(m_chart, 1);
    setTabOrder(m_chart, m_outline);
    setTabOrder(m_outline, m_details);
    resize(1400, 860);

    restoreGeometry(Settings::value(Settings::geometry).toByteArray());
    restoreState(Settings::value(Settings::state).toByteArray());
    setAcceptDrops(true);

    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(240);
    m_progress->setFormat(tr("Opening… %p%"));
    m_cancelLoading->setText(tr("Cancel"));
    m_cancelLoading->setToolTip(tr("Stop opening the file and keep the chart shown"));
    statusBar()->addPermanentWidget(m_status);
    statusBar()->addPermanentWidget(m_progress);
    connect(m_chart->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateStatus);
    connect(m_model, &OrgChartModel::companySizeChanged, this, &MainWindow::updateTitleAndActions);
    statusBar()->addPermanentWidget(m_cancelLoading);
    showLoading(false);
    connect(m_cancelLoading, &QToolButton::clicked, m_loader, &ChartLoader::cancel);
    connect(m_loader, &ChartLoader::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_loader, &ChartLoader::finished, this, &MainWindow::finishLoading);
    connect(m_loader, &ChartLoader::cancelled, this, [this](const QString &path) {
        showLoading(false);
        statusBar()->showMessage(tr("Stopped opening %1").arg(QDir::toNativeSeparators(path)), 5000);
    });
    updateTitleAndActions();
    m_splitter->restoreState(Settings::value(Settings::splitter).toByteArray());
    m_chart->setFocus();
    statusBar()->showMessage(tr("Click a role to see what it does; Ctrl+1 and Ctrl+2 switch the company size."), 10000);
}

QAction *MainWindow::companySizeAction(CompanySize size) const
{
    return size == CompanySize::Small ? m_smallCompany : m_largeCompany;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::chooseFileToOpen);
    open->setObjectName(QStringLiteral("open"));
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open an organisation from a CSV or JSON file"));
    QAction *import = file->addAction(tr("&Import…"), this, &MainWindow::chooseFileToImport);
    import->setObjectName(QStringLiteral("import"));
    import->setShortcut(QKeySequence(tr("Ctrl+I")));
    import->setStatusTip(tr("Open an HR export, choosing which of its columns hold what"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addAction(tr("Open &Built-in Leadership Chart"), this, &MainWindow::openBuiltInChart);
    file->addSeparator();
    QAction *saveOrganisation = file->addAction(tr("Save Organisation &As…"), this, &MainWindow::chooseOrganisationFile);
    saveOrganisation->setObjectName(QStringLiteral("saveOrganisation"));
    saveOrganisation->setShortcut(QKeySequence::SaveAs);
    saveOrganisation->setStatusTip(tr("Save the people, their managers and every column as JSON or CSV"));
    QAction *exportAction = file->addAction(tr("&Export…"), this, &MainWindow::chooseExportFile);
    exportAction->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    exportAction->setStatusTip(tr("Save the chart, in the company size shown, as SVG, PNG or PDF"));
    QAction *print = file->addAction(tr("&Print…"), this, [this] { printChart(false); });
    print->setShortcut(QKeySequence::Print);
    file->addAction(tr("Print Pre&view…"), this, [this] { printChart(true); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *help = new QMenu(tr("&Help"), this);
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        auto *dialog = new ShortcutsDialog(menuBar(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    shortcuts->setObjectName(QStringLiteral("keyboardShortcuts"));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Org Chart Explorer"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *copy = edit->addAction(tr("&Copy Chart"), this, &MainWindow::copyChart);
    copy->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    copy->setStatusTip(tr("Copy the chart as shown, as an image and as SVG"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_viewMenu = view;
    auto *sizes = new QActionGroup(this);
    m_smallCompany = new QAction(tr("&Small Company"), sizes);
    m_smallCompany->setShortcut(QKeySequence(tr("Ctrl+1")));
    m_smallCompany->setStatusTip(tr("Show the roles as they usually are in a small company"));
    m_largeCompany = new QAction(tr("L&arge Company"), sizes);
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
    view->addSeparator();
    createViewActions(view);

    menuBar()->addMenu(help);
    const std::tuple<QAction *, const char *, const char *> icons[] = {
        {open, "open", "document-open"}, {exportAction, "export", "document-export"}, {print, "print", "document-print"},
        {copy, "copy", "edit-copy"}, {action(QStringLiteral("zoomIn")), "zoom-in", "zoom-in"},
        {action(QStringLiteral("zoomOut")), "zoom-out", "zoom-out"}, {action(QStringLiteral("fit")), "fit", "zoom-fit-best"},
        {action(QStringLiteral("find")), "find", "edit-find"}, {action(QStringLiteral("compare")), "compare", ""}};
    for (const auto &[target, name, theme] : icons)
        ActionIcons::attach(target, QLatin1String(name), QLatin1String(theme));
    ActionIcons::follow(this);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *sizeLabel = new QLabel(tr("Company size:"));
    sizeLabel->setContentsMargins(6, 0, 4, 0);
    toolbar->addWidget(sizeLabel);
    toolbar->addActions(sizes->actions());
    toolbar->addSeparator();
    toolbar->addAction(open);
    toolbar->addAction(exportAction);
    toolbar->addSeparator();
    m_search->setPlaceholderText(tr("Search names, titles, columns, duties (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(280);
    m_search->setMaximumWidth(380);
    m_search->setAccessibleName(tr("Search"));
    toolbar->addWidget(m_search);
    m_searchLabel->setContentsMargins(8, 0, 8, 0);
    toolbar->addWidget(m_searchLabel);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(searchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::runSearch);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
        m_searchLabel->clear();
    });
    auto *leaveSearch = new QShortcut(QKeySequence(Qt::Key_Escape), m_search, nullptr, nullptr, Qt::WidgetShortcut);
    connect(leaveSearch, &QShortcut::activated, this, [this] {
        m_search->clear();
        m_chart->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_searchDelay->isActive()) {
            m_searchDelay->stop();
            runSearch();
        } else {
            findNext();
        }
    });
}

CompanySize MainWindow::savedCompanySize()
{
    return companySizeFromKey(Settings::value(Settings::companySize).toString()).value_or(CompanySize::Large);
}

void MainWindow::setCompanySize(CompanySize size)
{
    m_model->setCompanySize(size);
    Settings::setValue(Settings::companySize, companySizeKey(size));
}

// The outline opens the way to the person and scrolls to them, or to their ancestor
// outlineLevels down when they are deeper.
void MainWindow::showInOutline(const QModelIndex &index)
{
    QModelIndex shown = index;
    for (int depth = depthOf(index); depth > outlineLevels; --depth)
        shown = shown.parent();
    if (shown.isValid())
        m_outline->scrollTo(shown);
}

// '*' in the outline opens everyone below the current row: no deeper than outlineLevels.
bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_outline && event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Asterisk) {
        const QModelIndex current = m_outline->currentIndex();
        if (const int room = outlineLevels - depthOf(current); current.isValid() && room > 0)
            m_outline->expandRecursively(current, room);
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showCurrent(const QModelIndex &current)
{
    if (current.isValid())
        m_details->showNode(current);
    else if (m_chart->selectedLink() < 0)
        m_details->showOverview();
}

void MainWindow::createViewActions(QMenu *view)
{
    const auto add = [&](const QString &name, const QString &text, const QKeySequence &shortcut, auto slot) {
        QAction *action = view->addAction(text, this, slot);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        return action;
    };
    add(QStringLiteral("zoomIn"), tr("Zoom &In"), QKeySequence::ZoomIn, [this] { m_chart->zoomIn(); });
    add(QStringLiteral("zoomOut"), tr("Zoom O&ut"), QKeySequence::ZoomOut, [this] { m_chart->zoomOut(); });
    add(QStringLiteral("fit"), tr("&Fit to Window"), QKeySequence(tr("Ctrl+0")), [this] { m_chart->fitToWindow(); });
    add(QStringLiteral("centre"), tr("&Centre on Selection"), QKeySequence(tr("Ctrl+E")), [this] { m_chart->centreOnCurrent(); });
    view->addSeparator();
    // No shortcuts: Ctrl+Shift+= is Ctrl++ (zoom in) on most keyboards. The menu's mnemonics serve.
    add(QStringLiteral("expandAll"), tr("E&xpand All"), {}, [this] { m_chart->expandAll(); });
    add(QStringLiteral("collapseAll"), tr("Co&llapse All"), {}, [this] { m_chart->collapseAll(); });
    view->addSeparator();
    // Layout options, remembered across runs.
    const auto addOption = [&](const QString &name, const QString &text, const QKeySequence &shortcut, const QString &tip,
                               const QString &key, void (ChartView::*set)(bool)) {
        ChartView *chart = m_chart;
        QAction *action = add(name, text, shortcut, [chart, key, set](bool on) {
            (chart->*set)(on);
            Settings::setValue(key, on);
        });
        action->setCheckable(true);
        action->setStatusTip(tip);
        action->setChecked(Settings::value(key, false).toBool());
        (chart->*set)(action->isChecked());
    };
    addOption(QStringLiteral("showChanges"), tr("Show C&hanges Between Sizes"), QKeySequence(tr("Ctrl+D")),
              tr("Mark the roles that differ between a small and a large company"), Settings::showChanges, &ChartView::setShowChanges);
    createLayoutActions(view->addMenu(tr("La&yout")));
    Theme::fillMenu(view->addMenu(tr("Th&eme")));
    m_colourBy = new ColourByMenu(view->addMenu(tr("Colour &By")), m_model, m_chart);
    view->addSeparator();
    add(QStringLiteral("compare"), tr("Co&mpare…"), QKeySequence(tr("Ctrl+K")), [this] { showCompare(); })
        ->setStatusTip(tr("The selected roles or people side by side (Ctrl+click selects several)"));
    view->addSeparator();
    add(QStringLiteral("find"), tr("Fin&d…"), QKeySequence::Find, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    add(QStringLiteral("findNext"), tr("Find &Next"), QKeySequence::FindNext, [this] { findNext(); });
    add(QStringLiteral("findPrevious"), tr("Find Pre&vious"), QKeySequence::FindPrevious, [this] { findPrevious(); });
}

// One of three arrangements, remembered across runs.
void MainWindow::createLayoutActions(QMenu *menu)
{
    struct Choice
    {
        ChartLayout layout;
        QString name;
        QString text;
        QKeySequence shortcut;
        QString tip;
    };
    const Choice choices[] = {
        {ChartLayout::Compact, QStringLiteral("layoutCompact"), tr("&Compact"), QKeySequence(tr("Ctrl+M")),
         tr("Teams in rows, wrapped rows or columns, so that the chart takes the shape of the window")},
        {ChartLayout::Tree, QStringLiteral("layoutTree"), tr("Classic &Tree"), QKeySequence(tr("Ctrl+T")),
         tr("Everyone at the same depth on one line")},
        {ChartLayout::LeftToRight, QStringLiteral("layoutLeftToRight"), tr("&Left to Right"), QKeySequence(tr("Ctrl+L")),
         tr("Managers to the left of their reports")},
    };
    const ChartLayout saved = chartLayoutFromKey(Settings::value(Settings::layout).toString()).value_or(ChartLayout::Compact);
    auto *group = new QActionGroup(this);
    for (const Choice &choice : choices) {
        QAction *action = menu->addAction(choice.text);
        group->addAction(action);
        action->setObjectName(choice.name);
        action->setShortcut(choice.shortcut);
        action->setStatusTip(choice.tip);
        action->setCheckable(true);
        action->setChecked(choice.layout == saved);
        connect(action, &QAction::triggered, this, [this, layout = choice.layout] { setChartLayout(layout); });
    }
    m_chart->setChartLayout(saved);
}

void MainWindow::setChartLayout(ChartLayout layout)
{
    const QString names[] = {QStringLiteral("layoutCompact"), QStringLiteral("layoutTree"), QStringLiteral("layoutLeftToRight")};
    action(names[int(layout)])->setChecked(true);
    m_chart->setChartLayout(layout);
    Settings::setValue(Settings::layout, chartLayoutKey(layout));
}

CompareDialog *MainWindow::showCompare()
{
    if (!m_compare)
        m_compare = new CompareDialog(m_model, this);
    QList<int> nodes;
    const QModelIndexList selected = m_chart->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : selected)
        nodes << m_model->nodeForIndex(index);
    if (nodes.size() == 1) { // one box: it and up to three colleagues with the same manager
        const QModelIndex one = selected.first();
        for (int row = 0; row < m_model->rowCount(one.parent()) && nodes.size() < 4; ++row)
            if (row != one.row())
                nodes << m_model->nodeForIndex(m_model->index(row, 0, one.parent()));
        if (nodes.size() == 1 && one.parent().isValid()) // no colleagues: next to the manager
            nodes.prepend(m_model->nodeForIndex(one.parent()));
    }
    m_compare->compare(nodes); // none: the top of the chart
    m_compare->show();
    m_compare->raise();
    return m_compare;
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::runSearch()
{
    m_model->setSearchText(m_search->text());
    const QModelIndexList matches = m_model->matchIndexes();
    const std::vector<int> &links = m_model->matchingLinks();
    m_chart->setMatches(matches, m_model->collaboratorIndexes(), QSet<int>(links.begin(), links.end()));
    if (matches.size() <= revealedMatches)
        for (const QModelIndex &match : matches)
            m_chart->reveal(match);
    m_matchCursor = -1;
    if (!matches.isEmpty())
        stepMatch(+1);
    m_searchLabel->setText(searchStatus());
}

QString MainWindow::searchStatus() const
{
    const int count = int(m_model->matches().size());
    if (m_model->searchText().isEmpty())
        return {};
    if (count == 0)
        return tr("No matches");
    return tr("%1 of %n", nullptr, count).arg(m_matchCursor + 1);
}

void MainWindow::stepMatch(int direction)
{
    const std::vector<int> &matches = m_model->matches();
    if (matches.empty()) {
        m_searchLabel->setText(searchStatus());
        return;
    }
    const int count = int(matches.size());
    m_matchCursor = m_matchCursor < 0 && direction < 0 ? count - 1 : (m_matchCursor + direction + count) % count;
    const QModelIndex index = m_model->indexForNode(matches[size_t(m_matchCursor)]);
    m_chart->reveal(index);
    m_chart->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_chart->centreOnIndex(index);
    m_searchLabel->setText(searchStatus());
}

void MainWindow::updateTitleAndActions()
{
    const bool sized = m_model->hasSizeVariants(); // kept by the model: not a pass over everyone
    QString title = m_currentFile.isEmpty() ? tr("Leadership chart") : QFileInfo(m_currentFile).fileName();
    if (sized)
        title += m_model->companySize() == CompanySize::Small ? tr(" — small company") : tr(" — large company");
    setWindowTitle(title);
    setWindowFilePath(m_currentFile);
    m_smallCompany->setEnabled(sized);
    m_largeCompany->setEnabled(sized);
    updateStatus();
}

QString MainWindow::statusSummary() const
{
    const OrgChart &chart = m_model->chart();
    QStringList parts{tr("%Ln people", nullptr, int(chart.nodes.size()))};
    if (m_model->hasSizeVariants())
        parts << (m_model->companySize() == CompanySize::Small ? tr("small company") : tr("large company"));
    const QModelIndexList selected = m_chart->selectionModel()->selectedIndexes();
    if (selected.size() == 1)
        parts << tr("selected: %1").arg(shortened(selected.first().data(Qt::DisplayRole).toString(), statusNameLength));
    else if (selected.size() > 1)
        parts << tr("%Ln selected", nullptr, int(selected.size()));
    return parts.join(QStringLiteral(" · "));
}

void MainWindow::updateStatus()
{
    m_status->setText(statusSummary());
}

void MainWindow::showAbout()
{
    QStringList sources;
    for (const Source &source : m_model->chart().sources)
        sources << QStringLiteral("<li>%1</li>").arg(source.name.toHtmlEscaped());
    QMessageBox::about(this, tr("About Org Chart Explorer"),
                       tr("<h3>Org Chart Explorer %1</h3>"
                          "<p>See who does what at the top of a company, and explore your own organisation.</p>"
                          "<p>Released under the MIT licence.</p>"
                          "<p>The built-in chart draws on the article <i>What is the difference between CEO, CPO, and CMO in the office "
                          "world?</i> by Bead IT Consultant, and the sources it cites:</p><ul>%2</ul>")
                           .arg(QApplication::applicationVersion(), sources.join(QString())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Settings::setValue(Settings::geometry, saveGeometry());
    Settings::setValue(Settings::splitter, m_splitter->saveState());
    Settings::setValue(Settings::state, saveState());
    event->accept();
}
