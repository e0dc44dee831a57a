#include "testsupport.h"

#include "chartview.h"
#include "detailpanel.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "shortcutsdialog.h"

#include <QAction>
#include <QHelpEvent>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRadioButton>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QToolTip>
#include <QTreeView>

using namespace TestSupport;

class TestChartView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<OrgChartModel> m_model;
    std::unique_ptr<MainWindow> m_window;

    ChartView *chart() const { return m_window->chartView(); }
    QString panelText() const { return m_window->detailPanel()->toPlainText(); }
    QModelIndex role(const char *id) const { return m_model->indexForId(QString::fromLatin1(id)); }

    const ChartScene::Box &boxOf(const QModelIndex &index) const
    {
        const ChartScene &scene = chart()->scene();
        return scene.boxes[size_t(scene.boxOf(index))];
    }

    bool isActing(const QModelIndex &index) const { return chart()->scene().isActing(chart()->scene().boxOf(index)); }

    QStringList boxTexts(const QModelIndex &index) const
    {
        QStringList texts;
        for (const ChartScene::Text &text : chart()->scene().boxTexts(chart()->scene().boxOf(index)))
            texts << text.text;
        return texts;
    }

    void click(const QModelIndex &index)
    {
        QTest::mouseClick(chart()->viewport(), Qt::LeftButton, {}, chart()->visualRect(index).center());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        isolateSettings(m_settingsDir);
    }

    void init()
    {
        m_model = std::make_unique<OrgChartModel>();
        m_model->setChart(builtInChart());
        m_model->setCompanySize(CompanySize::Large);
        m_window = std::make_unique<MainWindow>(m_model.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        chart()->setFocus();
        QTRY_VERIFY(chart()->hasFocus());
    }

    void cleanup()
    {
        m_window.reset();
        m_model.reset();
    }

    void chartShowsCeoAboveCpoAndCmoWithALabelledLink()
    {
        const QRect ceo = chart()->visualRect(role("ceo"));
        const QRect cpo = chart()->visualRect(role("cpo"));
        const QRect cmo = chart()->visualRect(role("cmo"));
        QVERIFY(chart()->viewport()->rect().contains(ceo.united(cpo).united(cmo)));
        QVERIFY(ceo.bottom() < cpo.top());
        QCOMPARE(cpo.top(), cmo.top());
        QVERIFY(cpo.right() < cmo.left());
        const QRect link = chart()->linkRect(0);
        QVERIFY2(link.left() > cpo.right() && link.right() < cmo.left(), qPrintable(QStringLiteral("%1-%2 %3-%4 %5-%6").arg(cpo.left()).arg(cpo.right()).arg(link.left()).arg(link.right()).arg(cmo.left()).arg(cmo.right())));
        QCOMPARE(chart()->scene().texts[size_t(chart()->scene().links[0].labelText)].text, QStringLiteral("Collaborate"));
    }

    void clickingEachRoleSelectsItAndShowsItsResponsibilities_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("CEO") << QStringLiteral("ceo");
        QTest::newRow("CPO") << QStringLiteral("cpo");
        QTest::newRow("CMO") << QStringLiteral("cmo");
    }

    void clickingEachRoleSelectsItAndShowsItsResponsibilities()
    {
        QFETCH(QString, id);
        const QModelIndex index = m_model->indexForId(id);
        click(index);
        QCOMPARE(chart()->currentIndex(), index);
        QVERIFY(chart()->selectionModel()->isSelected(index));
        QCOMPARE(m_window->outline()->currentIndex(), index); // one selection for both views
        const QString text = panelText();
        QVERIFY(text.contains(index.data(OrgChartModel::NameRole).toString()));
        const QStringList duties = index.data(OrgChartModel::ResponsibilitiesRole).toStringList();
        QVERIFY(!duties.isEmpty());
        for (const QString &duty : duties)
            QVERIFY2(text.contains(duty), qPrintable(duty));
        for (const QString &source : index.data(OrgChartModel::SourcesRole).toStringList())
            QVERIFY2(text.contains(source), qPrintable(source));
    }

    void panelShowsReportingLinesAndCollaboration()
    {
        click(role("cpo"));
        const QString text = panelText();
        QVERIFY(text.contains(QStringLiteral("Reports to")));
        QVERIFY(text.contains(QStringLiteral("CEO — Chief Executive Officer")));
        QVERIFY(text.contains(QStringLiteral("Works with CMO")));
        QVERIFY(text.contains(QStringLiteral("Product launches")));
        QVERIFY(text.contains(QStringLiteral("Small company vs large company")));
        QVERIFY(text.contains(QStringLiteral("product manager usually fills the role")));
        click(role("ceo"));
        QVERIFY(panelText().contains(QStringLiteral("CPO — Chief Product Officer, CMO — Chief Marketing Officer")));
    }

    void clickingTheCollaborationLinkShowsTheCollaboration()
    {
        click(role("ceo"));
        QTest::mouseClick(chart()->viewport(), Qt::LeftButton, {}, chart()->linkRect(0).center());
        QCOMPARE(chart()->selectedLink(), 0);
        QVERIFY(!chart()->currentIndex().isValid());
        QVERIFY(chart()->selectionModel()->selectedIndexes().isEmpty());
        const QString text = panelText();
        QVERIFY(text.contains(QStringLiteral("CPO and CMO")));
        for (const char *point : {"Product launches", "Product performance evaluations", "Expanding products into new markets"})
            QVERIFY2(text.contains(QString::fromUtf8(point)), point);
    }

    void clickingEmptyCanvasClearsTheSelection()
    {
        click(role("cmo"));
        QVERIFY(chart()->currentIndex().isValid());
        QTest::mouseClick(chart()->viewport(), Qt::LeftButton, {}, QPoint(3, chart()->viewport()->height() - 3));
        QVERIFY(!chart()->currentIndex().isValid());
        QVERIFY(chart()->selectionModel()->selectedIndexes().isEmpty());
        QCOMPARE(chart()->selectedLink(), -1);
        QVERIFY(panelText().contains(QStringLiteral("Click a box on the chart")));
    }

    void shortcutsToggleCompanySizeOnChartAndPanel()
    {
        click(role("ceo"));
        QVERIFY(panelText().contains(QStringLiteral("business policies (large company)")));
        QVERIFY(!isActing(role("cpo")));
        QVERIFY(boxTexts(role("cpo")).contains(QStringLiteral("Chief Product Officer")));

        press(Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(m_model->companySize(), CompanySize::Small);
        QVERIFY(m_window->companySizeAction(CompanySize::Small)->isChecked());
        QVERIFY(boxTexts(role("cpo")).contains(QStringLiteral("Product Manager — acting CPO")));
        QVERIFY(isActing(role("cpo")));
        QTreeView *outline = m_window->outline();
        QCOMPARE(outline->model()->data(role("cpo")).toString(), QStringLiteral("Product Manager — acting CPO"));
        QVERIFY(!outline->visualRect(role("cpo")).isEmpty());
        QVERIFY(chart()->scene().title.endsWith(QStringLiteral("small company")));
        QVERIFY(panelText().contains(QStringLiteral("Look after the company's finances (small company)")));
        QVERIFY(!panelText().contains(QStringLiteral("business policies (large company)")));
        QCOMPARE(MainWindow::savedCompanySize(), CompanySize::Small);

        press(Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(m_model->companySize(), CompanySize::Large);
        QVERIFY(!isActing(role("cpo")));
        QCOMPARE(outline->model()->data(role("cpo")).toString(), QStringLiteral("CPO — Chief Product Officer"));
        QVERIFY(!panelText().contains(QStringLiteral("Look after the company's finances (small company)")));
        QCOMPARE(MainWindow::savedCompanySize(), CompanySize::Large);
    }

    void titleAndStatusBarSayWhatIsShown()
    {
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("large company")));
        QCOMPARE(m_window->statusSummary(), QStringLiteral("3 people · large company"));
        click(role("cpo"));
        QCOMPARE(m_window->statusSummary(), QStringLiteral("3 people · large company · selected: CPO — Chief Product Officer"));
        m_window->companySizeAction(CompanySize::Small)->trigger();
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("small company")));
        QVERIFY(m_window->statusSummary().contains(QStringLiteral("small company")));
        QVERIFY(!QIcon(QStringLiteral(":/icons/io.github.orgchartexplorer.OrgChartExplorer.svg")).pixmap(64, 64).isNull());
    }

    void showChangesMarksWhatDiffersBetweenSizes()
    {
        m_window->action(QStringLiteral("showChanges"))->trigger();
        QVERIFY(chart()->showsChanges());
        const ChartScene &scene = chart()->scene();
        const ChartScene::Box &ceo = boxOf(role("ceo"));
        const ChartScene::Box &cpo = boxOf(role("cpo"));
        const ChartScene::Box &cmo = boxOf(role("cmo"));
        QVERIFY(ceo.changes > 0 && cpo.changes > 0);
        QCOMPARE(cmo.changes, 0); // the source says nothing of the CMO by size
        QCOMPARE(scene.changesText(cpo), QStringLiteral("\u0394 %1").arg(cpo.changes));

        // Hovering the marker lists the differences.
        const QPointF offset = (cpo.changesRect().center() - cpo.rect.topLeft()) * chart()->zoom();
        const QPoint marker = chart()->visualRect(role("cpo")).topLeft() + offset.toPoint();
        QHelpEvent help(QEvent::ToolTip, marker, chart()->viewport()->mapToGlobal(marker));
        QApplication::sendEvent(chart()->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(QStringLiteral("Held by: Product Manager — acting CPO → Chief Product Officer")), qPrintable(QToolTip::text()));
        QToolTip::hideText();

        // The panel shows them as a before/after list.
        click(role("ceo"));
        QVERIFY(panelText().contains(QStringLiteral("What changes, small → large:")));
        QVERIFY(panelText().contains(QStringLiteral("Only in a small company: Look after the company's finances")));
        m_window->action(QStringLiteral("showChanges"))->trigger();
        QCOMPARE(boxOf(role("cpo")).changes, 0);
    }

    void theWindowLayoutIsRememberedAcrossRunsButNotTheZoom()
    {
        const double opening = chart()->zoom();
        chart()->setZoom(0.3); // the zoom belongs to the chart shown, not to the next run
        m_window->resize(1200, 800);
        m_window->close(); // saves
        m_window = std::make_unique<MainWindow>(m_model.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(m_window->size(), QSize(1200, 800));
        QTRY_VERIFY(chart()->zoom() >= 0.6);
        QVERIFY(qAbs(chart()->zoom() - 0.3) > 0.1);
        QVERIFY(opening >= 0.6);
    }

    // The chart's scroll bars are drawn through a clip (for speed); they must look exactly as the
    // application's style draws any other scroll bar in the same state.
    void scrollBarsLookAsTheStyleDrawsThem()
    {
        chart()->setZoom(2.5);
        for (QScrollBar *bar : {chart()->horizontalScrollBar(), chart()->verticalScrollBar()}) {
            QTRY_VERIFY(bar->isVisible());
            QVERIFY(bar->maximum() > 0);
            bar->setValue(bar->maximum() / 3);
            QScrollBar plain(bar->orientation());
            plain.setRange(bar->minimum(), bar->maximum());
            plain.setPageStep(bar->pageStep());
            plain.setValue(bar->value());
            plain.resize(bar->size());
            plain.setAttribute(Qt::WA_DontShowOnScreen);
            plain.show();
            const QImage expected = plain.grab().toImage().convertToFormat(QImage::Format_RGB32);
            const QImage drawn = bar->grab().toImage().convertToFormat(QImage::Format_RGB32);
            QCOMPARE(drawn.size(), expected.size());
            QCOMPARE(drawn, expected);
        }
    }

    // Help > Keyboard Shortcuts lists every menu action with its keys (its shortcut, else Alt and
    // the mnemonics) and the chart's own keys, and filters them as the user types.
    void keyboardShortcutsListsEveryActionWithItsKeys()
    {
        QTest::keyClick(m_window.get(), Qt::Key_F1);
        ShortcutsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ShortcutsDialog *>()) && dialog->isVisible());
        const QStringList lines = dialog->lines();
        QVERIFY2(lines.contains(QStringLiteral("File › Open\tCtrl+O")), qPrintable(lines.join(u'\n')));
        QVERIFY(lines.contains(QStringLiteral("View › Expand All\tAlt+V, X")));
        QVERIFY(lines.contains(QStringLiteral("Layout › Classic Tree\tCtrl+T")));
        QVERIFY(lines.contains(QStringLiteral("Select the manager\tUp")));
        int menuActions = 0;
        for (QAction *title : m_window->menuBar()->actions())
            for (QAction *action : title->menu()->actions())
                menuActions += !action->isSeparator() && action->isVisible() && !action->menu();
        QVERIFY(lines.size() > menuActions); // every one of them, submenus' and the chart's besides
        for (const QString &line : lines)
            QVERIFY2(!line.endsWith(u'\t'), qPrintable(line)); // each with its keys

        auto *filter = dialog->findChild<QLineEdit *>();
        QVERIFY(filter);
        QTest::keyClicks(filter, QStringLiteral("zoom"));
        QVERIFY(!dialog->lines().isEmpty());
        for (const QString &line : dialog->lines())
            QVERIFY2(line.contains(QStringLiteral("zoom"), Qt::CaseInsensitive), qPrintable(line));
        dialog->close();
    }

    // How light the strokes of an action's icon are (0-255): the mean of its opaque pixels.
    static int strokeLightness(const QAction *action)
    {
        const QImage image = action->icon().pixmap(24).toImage().convertToFormat(QImage::Format_ARGB32);
        qint64 sum = 0, count = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (const QColor colour = image.pixelColor(x, y); colour.alpha() > 200) {
                    sum += colour.lightness();
                    ++count;
                }
        return count ? int(sum / count) : -1;
    }

    // View > Theme: dark or light whatever the desktop says, the chart and the icons with it,
    // remembered; System gives the desktop's colours back.
    void theThemeColoursTheWindowAndTheChartAndIsRemembered()
    {
        const QPalette desktop = QApplication::palette();
        QAction *open = m_window->action(QStringLiteral("open"));
        QVERIFY(open && !open->icon().isNull());
        QVERIFY2(strokeLightness(open) >= 0 && strokeLightness(open) < 100, "dark strokes on a light palette");
        QMenu *view = nullptr;
        for (QAction *title : m_window->menuBar()->actions())
            if (title->text() == QLatin1String("&View"))
                view = title->menu();
        QVERIFY(view);
        QAction *dark = view->findChild<QAction *>(QStringLiteral("themeDark"));
        QVERIFY(dark);
        dark->trigger();
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
        QTRY_VERIFY(chart()->chartStyle().background.lightness() < 128);
        QTRY_VERIFY(m_window->detailPanel()->palette().color(QPalette::Base).lightness() < 128);
        QTRY_VERIFY2(strokeLightness(open) > 160, "light strokes on a dark palette");

        m_window = std::make_unique<MainWindow>(m_model.get()); // the next run
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
        QAction *system = m_window->findChild<QAction *>(QStringLiteral("themeSystem"));
        QVERIFY(system && !system->isChecked() && m_window->findChild<QAction *>(QStringLiteral("themeDark"))->isChecked());
        system->trigger();
        QCOMPARE(QApplication::palette().color(QPalette::Window), desktop.color(QPalette::Window));
        QTRY_COMPARE(chart()->chartStyle().background, ChartStyle::forPalette(desktop).background);
    }

    // The legend explains every style the chart shows: reporting lines, the collaboration, the
    // acting role's box (in a small company) and the Δ badge (with changes shown).
    void theLegendExplainsEveryStyleOnTheChart()
    {
        using Kind = ChartScene::LegendSample::Kind;
        const auto kinds = [this] {
            QList<Kind> list;
            for (const ChartScene::LegendSample &sample : chart()->scene().legend)
                list << sample.kind;
            return list;
        };
        const auto headerSays = [this](const QString &text) {
            const ChartScene &scene = chart()->scene();
            return std::any_of(scene.headerTexts.cbegin(), scene.headerTexts.cend(),
                               [&](int index) { return scene.texts[size_t(index)].text == text; });
        };
        QCOMPARE(kinds(), (QList<Kind>{Kind::ReportsTo, Kind::CollaboratesWith})); // nobody acts in a large company
        press(Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(kinds(), (QList<Kind>{Kind::ReportsTo, Kind::CollaboratesWith, Kind::Acting}));
        QVERIFY(headerSays(QStringLiteral("acting in the role")));
        press(Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(kinds(), (QList<Kind>{Kind::ReportsTo, Kind::CollaboratesWith, Kind::Acting, Kind::Changes}));
        QVERIFY(headerSays(QStringLiteral("differs by company size")) && headerSays(QStringLiteral("\u0394")));
        press(Qt::Key_D, Qt::ControlModifier);
        QVERIFY(!kinds().contains(Kind::Changes));

        QTemporaryDir dir; // and the files say it too
        const QString file = dir.filePath(QStringLiteral("chart.svg"));
        QVERIFY(m_window->exportTo(file));
        QFile svg(file);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QString content = QString::fromUtf8(svg.readAll());
        const QString header = content.mid(content.indexOf(QStringLiteral("<g id=\"header\">"))).section(QStringLiteral("</g>"), 0, 0);
        QVERIFY2(header.contains(QStringLiteral("class=\"acting\"")) && header.contains(QStringLiteral("acting in the role")), qPrintable(header));
    }

    void toolbarToggleChangesTheChart()
    {
        m_window->companySizeAction(CompanySize::Small)->trigger();
        QCOMPARE(m_model->companySize(), CompanySize::Small);
        const QStringList ceo = boxTexts(role("ceo"));
        QVERIFY2(ceo.join(u' ').contains(QStringLiteral("finances")), qPrintable(ceo.join(u'|')));
    }

    void arrowKeysWalkTheChart()
    {
        press(Qt::Key_Home);
        QCOMPARE(chart()->currentIndex(), role("ceo"));
        press(Qt::Key_Down);
        QCOMPARE(chart()->currentIndex(), role("cpo"));
        press(Qt::Key_Right);
        QCOMPARE(chart()->currentIndex(), role("cmo"));
        press(Qt::Key_Right);
        QCOMPARE(chart()->currentIndex(), role("cmo"));
        press(Qt::Key_Left);
        QCOMPARE(chart()->currentIndex(), role("cpo"));
        press(Qt::Key_Up);
        QCOMPARE(chart()->currentIndex(), role("ceo"));
        QVERIFY(chart()->selectionModel()->isSelected(role("ceo")));
        QVERIFY(panelText().contains(QStringLiteral("Chief Executive Officer")));
    }

    void tabMovesBetweenChartOutlineAndPanel()
    {
        QCOMPARE(QApplication::focusWidget(), chart());
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), m_window->outline());
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), m_window->detailPanel());
    }

    void selectingInTheOutlineSelectsOnTheChart()
    {
        m_window->outline()->setFocus();
        QTest::mouseClick(m_window->outline()->viewport(), Qt::LeftButton, {},
                          m_window->outline()->visualRect(role("cmo")).center());
        QCOMPARE(chart()->currentIndex(), role("cmo"));
        QVERIFY(panelText().contains(QStringLiteral("Chief Marketing Officer")));
    }

    void hoveringARoleShowsItsSummary()
    {
        const QPoint point = chart()->visualRect(role("cpo")).center();
        QHelpEvent help(QEvent::ToolTip, point, chart()->viewport()->mapToGlobal(point));
        QApplication::sendEvent(chart()->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), role("cpo").data(OrgChartModel::SummaryRole).toString());
        QToolTip::hideText();
    }

    // The export dialog previews the very SVG the export writes, drawn by Qt Svg, and follows the
    // choice of what to export.
    void theExportDialogPreviewsTheFileItWrites()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("chart.svg"));
        QVERIFY(m_window->exportTo(file));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(m_window->previewSvg(ExportRequest()), written.readAll());

        click(role("cpo"));
        ExportDialog dialog(file, QStringLiteral("CPO"), QStringLiteral("cpo"), m_window.get());
        dialog.setPreviewSource([this](const ExportRequest &request) { return m_window->previewSvg(request); });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QImage whole = dialog.preview()->pixmap().toImage();
        QVERIFY(!whole.isNull());
        QVERIFY(whole.width() > whole.height()); // the chart: three boxes side by side under a title

        auto *subtree = dialog.findChildren<QRadioButton *>().value(2);
        QVERIFY(subtree && subtree->isEnabled());
        QTest::mouseClick(subtree, Qt::LeftButton, {}, QPoint(8, subtree->height() / 2));
        QVERIFY(subtree->isChecked());
        const QImage team = dialog.preview()->pixmap().toImage();
        QVERIFY(!team.isNull());
        QVERIFY(team != whole); // the CPO alone, under the title
    }

    void exportFromTheWindowWritesTheShownCompanySize()
    {
        QTemporaryDir dir;
        m_window->companySizeAction(CompanySize::Small)->trigger();
        const QString file = dir.filePath(QStringLiteral("chart.svg"));
        QVERIFY(m_window->exportTo(file));
        QFile svg(file);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QString content = QString::fromUtf8(svg.readAll());
        QVERIFY(content.contains(QStringLiteral("Product Manager — acting CPO")));
        QVERIFY(content.contains(QStringLiteral("small company")));
    }
};

QTEST_MAIN(TestChartView)
#include "tst_chartview.moc"
