#include "testsupport.h"

#include "chartdetail.h"
#include "chartexport.h"
#include "chartview.h"
#include "mainwindow.h"
#include "pagedexport.h"
#include "svgexport.h"

#include <QBuffer>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QImage>
#include <QImageReader>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPrinter>
#include <QStatusBar>
#include <QTimer>

using namespace TestSupport;

namespace {

int pdfPages(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray pdf = file.readAll();
    return int(pdf.count("/Type /Page\n")) + int(pdf.count("/Type /Page\r")) + int(pdf.count("/Type /Page ")) - int(pdf.count("/Type /Pages "));
}

// Counts the messages Qt prints while it lives, e.g. QPainter's complaints about a null image.
class MessageCounter
{
public:
    MessageCounter() { s_previous = qInstallMessageHandler(&MessageCounter::handle); }
    ~MessageCounter() { qInstallMessageHandler(s_previous); }
    static inline int s_messages = 0;
    static inline QString s_first;

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (s_messages++ == 0)
            s_first = message;
        if (s_previous)
            s_previous(type, context, message);
    }
    static inline QtMessageHandler s_previous = nullptr;
};

} // namespace

class TestExports : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    OrgChartModel m_model;

    ChartScene scene(const ExportRequest &request = {}, const SceneOptions &shown = {})
    {
        QString error;
        const std::optional<ChartScene> result = exportScene(m_model, shown, request, &error);
        if (!result)
            qFatal("%s", qPrintable(error));
        return std::move(*result);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateSettings(m_dir);
    }

    void init()
    {
        m_model.setChart(builtInChart());
        m_model.setCompanySize(CompanySize::Small);
    }

    void pngAtEachScaleOnWhiteOrTransparent()
    {
        const ChartScene chart = scene();
        for (double scale : {1.0, 2.0, 4.0}) {
            ExportRequest request;
            request.scale = scale;
            request.transparent = scale == 2.0;
            const QString file = m_dir.filePath(QStringLiteral("chart-%1.png").arg(scale));
            QCOMPARE(exportChart(chart, file, request), QString());
            const QImage image(file);
            QCOMPARE(image.size(), (chart.bounds.size() * scale).toSize());
            QCOMPARE(image.pixelColor(1, 1).alpha(), request.transparent ? 0 : 255);
            if (!request.transparent)
                QCOMPARE(image.pixelColor(1, 1), QColor(Qt::white));
        }
    }

    // The PNG writer keeps every pixel: opaque charts and transparent ones (premultiplied in
    // memory, straight alpha in the file), at odd widths, and big ones deflated in two bands.
    void aPngHoldsEveryPixelOfTheImage_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QSize>("size");
        QTest::newRow("opaque") << int(QImage::Format_RGB32) << QSize(37, 23);
        QTest::newRow("transparent") << int(QImage::Format_ARGB32_Premultiplied) << QSize(37, 23);
        QTest::newRow("other layout") << int(QImage::Format_RGB888) << QSize(37, 23);
        QTest::newRow("opaque, two bands") << int(QImage::Format_RGB32) << QSize(2003, 2001);
        QTest::newRow("transparent, two bands") << int(QImage::Format_ARGB32_Premultiplied) << QSize(2003, 2001);
    }

    void aPngHoldsEveryPixelOfTheImage()
    {
        QFETCH(int, format);
        QFETCH(QSize, size);
        QImage image(size, QImage::Format(format));
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                image.setPixelColor(x, y, QColor(x * 7 % 256, y * 11 % 256, (x * y) % 256, image.hasAlphaChannel() ? (x + y) * 5 % 256 : 255));
        QBuffer png;
        png.open(QIODevice::WriteOnly);
        QCOMPARE(writePng(image, png), QString());
        const QImage read = QImage::fromData(png.data(), "png");
        QCOMPARE(read.size(), image.size());
        QCOMPARE(read.hasAlphaChannel(), image.hasAlphaChannel());
        const QImage::Format straight = image.hasAlphaChannel() ? QImage::Format_ARGB32 : QImage::Format_RGB32;
        QCOMPARE(read.convertToFormat(straight), image.convertToFormat(straight));
    }

    void aPngWithinTheLimitsIsWrittenAsAsked()
    {
        const PngPlan plan = planPng(QSizeF(2000, 1000), 2, QSizeF(256, 112));
        QCOMPARE(plan.scale, 2.0);
        QCOMPARE(plan.size, QSize(4000, 2000));
        QCOMPARE(plan.note, QString());
        QCOMPARE(plan.error, QString());
    }

    void aPngTooWideIsScaledToTheMostAPngCanHold()
    {
        const PngPlan plan = planPng(QSizeF(300000, 2000), 1, QSizeF(256, 112));
        QVERIFY(!plan.refused());
        QCOMPARE(plan.size, QSize(32767, 218)); // 2,000 × 32,767 / 300,000
        QVERIFY(qAbs(plan.scale - 32767.0 / 300000) < 1e-9);
        const QLocale locale;
        QVERIFY2(plan.note.startsWith(QStringLiteral("the chart is %1 × %2 px at 1×").arg(locale.toString(300000), locale.toString(2000))),
                 qPrintable(plan.note));
        QVERIFY2(plan.note.contains(QStringLiteral("the most a PNG can hold is %1 px a side").arg(locale.toString(32767))), qPrintable(plan.note));
        QVERIFY2(plan.note.contains(QStringLiteral("written at 0.109× (%1 × 218 px)").arg(locale.toString(32767))), qPrintable(plan.note));
    }

    void aPngOfMorePixelsThanAnEightKScreenIsScaledUnderThem()
    {
        const PngPlan plan = planPng(QSizeF(20000, 20000), 2, QSizeF(256, 112)); // 6.4 GB at 2×
        QVERIFY(!plan.refused());
        QVERIFY(plan.size.width() <= PngLimits::maxSide && plan.size.height() <= PngLimits::maxSide);
        QVERIFY(qint64(plan.size.width()) * plan.size.height() <= PngLimits::maxPixels);
        QVERIFY2(plan.size.width() >= 5750, qPrintable(QString::number(plan.size.width()))); // not lowered more than needed: √33,177,600 = 5,760
        QVERIFY2(plan.note.contains(QStringLiteral("33 million pixels at most, as many as an 8K screen shows")), qPrintable(plan.note));
    }

    void aPngWhoseBoxesWouldVanishIsRefusedWithTheReason()
    {
        const PngPlan plan = planPng(QSizeF(1000, 10000000), 1, QSizeF(256, 112)); // a chain 50,000 deep
        QVERIFY(plan.refused());
        QCOMPARE(plan.scale, 0.0);
        QVERIFY(plan.size.isEmpty());
        QVERIFY2(plan.error.contains(QStringLiteral("px a side")), qPrintable(plan.error));
        QVERIFY2(plan.error.contains(QStringLiteral("its boxes would be under a pixel")), qPrintable(plan.error));
        QVERIFY2(plan.error.contains(QStringLiteral("PDF or SVG")), qPrintable(plan.error));
    }

    void aBigPngIsWrittenScaledQuicklyAndQuietly()
    {
        m_model.setChart(loadChart(writeOrganisation(m_dir, 3000, QStringLiteral("big.csv"))));
        SceneOptions shown;
        shown.layout = ChartLayout::Tree; // every depth on one line: far wider than a PNG can hold
        const ChartScene chart = scene({}, shown);
        QVERIFY2(chart.bounds.width() * 4 > PngLimits::maxSide, qPrintable(QString::number(chart.bounds.width())));
        ExportRequest request;
        request.scale = 4;
        const QString file = m_dir.filePath(QStringLiteral("big.png"));
        QString note;
        QElapsedTimer timer;
        timer.start();
        {
            MessageCounter counter;
            QCOMPARE(exportChart(chart, file, request, &note), QString());
            QVERIFY2(MessageCounter::s_messages == 0, qPrintable(MessageCounter::s_first));
        }
        QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(note.contains(QStringLiteral("the most a PNG can hold")), qPrintable(note));
        const QSize written = QImageReader(file).size();
        QCOMPARE(written.width(), PngLimits::maxSide);
        QVERIFY(written.height() > 0 && written.height() < PngLimits::maxSide);
        QCOMPARE(written, planPng(chart.bounds.size(), 4, exportStyle().boxSize).size);
    }

    // At scales where boxes are a few pixels, the PNG is drawn as the window draws such zooms,
    // pixel by pixel (1,000,000 boxes in 40 ms rather than 700): every box still shows, in the
    // border's colour at its top-left corner, on the white of the page.
    void aPngOfTinyBoxesShowsEveryBox()
    {
        m_model.setChart(loadChart(writeOrganisation(m_dir, 3000, QStringLiteral("tiny.csv"))));
        const ChartScene chart = scene();
        ExportRequest request;
        request.scale = 0.05; // a box 10 pixels wide: below the window's outline zoom
        QVERIFY(request.scale < ChartDetail::outlines);
        const QString file = m_dir.filePath(QStringLiteral("tiny.png"));
        QCOMPARE(exportChart(chart, file, request), QString());
        const QImage image = QImage(file).convertToFormat(QImage::Format_RGB32);
        QCOMPARE(image.size(), (chart.bounds.size() * request.scale).toSize());
        const QRgb border = exportStyle().boxBorder.rgb();
        int shown = 0;
        for (const ChartScene::Box &box : chart.boxes) {
            const QPointF corner = (box.rect.topLeft() - chart.bounds.topLeft()) * request.scale;
            shown += image.pixel(int(std::floor(corner.x())), int(std::floor(corner.y()))) == border;
        }
        QCOMPARE(shown, int(chart.boxes.size()));
        QCOMPARE(image.pixel(0, 0), qRgb(255, 255, 255));
    }

    void pngMatchesTheSvgRenderedElsewhere()
    {
        const ChartScene chart = scene();
        const QString png = m_dir.filePath(QStringLiteral("ours.png"));
        const QString svg = m_dir.filePath(QStringLiteral("ours.svg"));
        const QString theirs = m_dir.filePath(QStringLiteral("rsvg.png"));
        QCOMPARE(exportChart(chart, png, {}), QString());
        QCOMPARE(exportChart(chart, svg, {}), QString());
        const ToolRun render = runTool(QStringLiteral("rsvg-convert"), {svg, QStringLiteral("-o"), theirs});
        QVERIFY2(render.exitCode == 0, qPrintable(render.err));
        const QImage a = QImage(png).convertToFormat(QImage::Format_RGB32);
        const QImage b = QImage(theirs).convertToFormat(QImage::Format_RGB32);
        QCOMPARE(a.size(), b.size());
        // Glyph edges differ between two text rasterisers; shapes, colours and places must not.
        int different = 0;
        for (int y = 0; y < a.height(); ++y)
            for (int x = 0; x < a.width(); ++x) {
                const QColor p = a.pixelColor(x, y), q = b.pixelColor(x, y);
                different += std::max({std::abs(p.red() - q.red()), std::abs(p.green() - q.green()), std::abs(p.blue() - q.blue())}) > 96;
            }
        const double share = double(different) / (a.width() * a.height());
        QVERIFY2(share < 0.02, qPrintable(QStringLiteral("%1% of pixels differ").arg(share * 100)));
    }

    void pdfFittedOrTiled()
    {
        const QString fitted = m_dir.filePath(QStringLiteral("fitted.pdf"));
        QCOMPARE(exportChart(scene(), fitted, {}), QString());
        QFile file(fitted);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QCOMPARE(pdfPages(fitted), 1);

        // A wide organisation, tiled at a readable size, takes several numbered pages.
        LoadResult loaded = loadOrgChartFile(dataFile(QStringLiteral("co-founders.csv")));
        OrgChart wide = std::move(*loaded.chart);
        for (int i = 0; i < 40; ++i) {
            OrgNode node;
            node.id = QStringLiteral("extra%1").arg(i);
            node.name = node.id;
            wide.nodes.push_back(std::move(node));
            wide.managerIds.push_back(QStringLiteral("10"));
        }
        wide.managerIds.resize(wide.nodes.size());
        for (size_t i = 0; i < 5; ++i)
            wide.managerIds[i] = QString();
        wide.managerIds[2] = QStringLiteral("10");
        wide.managerIds[3] = QStringLiteral("20");
        wide.managerIds[4] = QStringLiteral("20");
        QStringList warnings;
        QVERIFY(buildTree(wide, QStringLiteral("wide"), warnings).isEmpty());
        m_model.setChart(std::move(wide));
        ExportRequest tiled;
        tiled.tiled = true;
        const QString pages = m_dir.filePath(QStringLiteral("tiled.pdf"));
        QCOMPARE(exportChart(scene(tiled), pages, tiled), QString());
        QVERIFY2(pdfPages(pages) > 1, qPrintable(QString::number(pdfPages(pages))));
    }

    void scopesChooseWhatIsExported()
    {
        LoadResult loaded = loadOrgChartFile(dataFile(QStringLiteral("rfc4180.csv")));
        m_model.setChart(std::move(*loaded.chart));
        QCOMPARE(scene().boxes.size(), size_t(4));
        ExportRequest subtree = *ExportRequest::fromScope(QStringLiteral("subtree:2"));
        QCOMPARE(scene(subtree).boxes.size(), size_t(2)); // Grace and Linus
        ExportRequest visible = *ExportRequest::fromScope(QStringLiteral("visible"));
        SceneOptions shown;
        shown.isCollapsed = [&](const QModelIndex &index) { return index == m_model.indexForId(QStringLiteral("2")); };
        QCOMPARE(scene(visible, shown).boxes.size(), size_t(3));
        QCOMPARE(scene({}, shown).boxes.size(), size_t(4)); // "all" opens everything
        QVERIFY(!ExportRequest::fromScope(QStringLiteral("some")));
        QString error;
        QVERIFY(!exportScene(m_model, {}, *ExportRequest::fromScope(QStringLiteral("subtree:nobody")), &error));
        QVERIFY(error.contains(QStringLiteral("\"nobody\"")));
        QVERIFY(exportChart(scene(), m_dir.filePath(QStringLiteral("chart.gif")), {}).contains(QStringLiteral(".svg, .png or .pdf")));
    }

    void theWindowCopiesPrintsAndExports()
    {
        MainWindow window(&m_model);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.copyChart();
        const QMimeData *copied = QApplication::clipboard()->mimeData();
        QVERIFY(copied);
        QVERIFY(copied->hasImage());
        QVERIFY(copied->data(QStringLiteral("image/svg+xml")).contains("<g id=\"role-cpo\">"));

        // Collapse the CEO: "visible" leaves the reports out, "all" keeps them.
        window.chartView()->setCollapsed(m_model.indexForId(QStringLiteral("ceo")), true);
        ExportRequest visible;
        visible.scope = ExportRequest::Scope::Visible;
        const QString shown = m_dir.filePath(QStringLiteral("shown.svg")), all = m_dir.filePath(QStringLiteral("all.svg"));
        QVERIFY(window.exportTo(shown, visible));
        QVERIFY(window.exportTo(all));
        QFile shownFile(shown), allFile(all);
        QVERIFY(shownFile.open(QIODevice::ReadOnly) && allFile.open(QIODevice::ReadOnly));
        const QByteArray shownSvg = shownFile.readAll(), allSvg = allFile.readAll();
        QVERIFY(!shownSvg.contains("role-cpo") && shownSvg.contains("+2</text>"));
        QVERIFY(allSvg.contains("role-cpo"));

        // PNG and PDF go the same way.
        ExportRequest twice;
        twice.scale = 2;
        const QString png = m_dir.filePath(QStringLiteral("window.png")), pdf = m_dir.filePath(QStringLiteral("window.pdf"));
        QVERIFY(window.exportTo(png, twice));
        QVERIFY(window.exportTo(pdf));
        QCOMPARE(QImage(png).size(), (scene().bounds.size() * 2).toSize());
        QCOMPARE(pdfPages(pdf), 1);

        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(m_dir.filePath(QStringLiteral("printed.pdf")));
        paintChartPages(printer, scene(), true);
        QVERIFY(QFileInfo(printer.outputFileName()).size() > 1000);
    }

    // The window's scene serves an export of what it shows: the file is the one a fresh layout
    // makes, in the export's colours, whatever the window's size since and its palette.
    void anExportFromTheWindowIsTheFileLaidOutAfresh()
    {
        m_model.setChart(loadChart(writeOrganisation(m_dir, 400, QStringLiteral("window-reuse.csv"))));
        MainWindow window(&m_model);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ChartView *view = window.chartView();
        QPalette dark = view->palette();
        dark.setColor(QPalette::Window, Qt::black);
        dark.setColor(QPalette::Base, Qt::black);
        view->setPalette(dark);
        window.findChild<QAction *>(QStringLiteral("expandAll"))->trigger();
        QTRY_VERIFY(!view->scene().boxes.empty());
        const SceneOptions laidOut = view->sceneLaidOutWith();
        window.resize(700, 900); // laid out again only after a pause
        for (const QString &suffix : {QStringLiteral("svg"), QStringLiteral("png")}) {
            const QString fromWindow = m_dir.filePath(QStringLiteral("window-reuse.") + suffix);
            const QString afresh = m_dir.filePath(QStringLiteral("afresh.") + suffix);
            QVERIFY(window.exportTo(fromWindow, {}));
            QCOMPARE(exportFile(m_model, laidOut, afresh, {}), QString());
            QFile a(fromWindow), b(afresh);
            QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
            const QByteArray window = a.readAll();
            QVERIFY(window.size() > 10000);
            QVERIFY2(window == b.readAll(), qPrintable(suffix));
        }
    }

    // File > Save Organisation As…, through the menu's action and the file dialog as a user goes:
    // a name typed without an ending gets the one of the type chosen.
    void theWindowSavesTheOrganisationAsJsonOrCsv_data()
    {
        QTest::addColumn<QString>("type");
        QTest::newRow("json") << QStringLiteral("json");
        QTest::newRow("csv") << QStringLiteral("csv");
    }

    void theWindowSavesTheOrganisationAsJsonOrCsv()
    {
        QFETCH(QString, type);
        MainWindow window(&m_model);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *save = window.action(QStringLiteral("saveOrganisation"));
        QVERIFY(save);
        QVERIFY(window.menuBar()->actions().first()->menu()->actions().contains(save)); // in the File menu
        QCOMPARE(save->shortcut(), QKeySequence(QKeySequence::SaveAs));
        const QString typed = m_dir.filePath(QStringLiteral("window-organisation-") + type);
        QTimer answer;
        answer.setInterval(20);
        QString chosenFilter;
        connect(&answer, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            answer.stop();
            const QStringList filters = dialog->nameFilters();
            const auto filter = std::find_if(filters.begin(), filters.end(), [&](const QString &f) { return f.contains(QStringLiteral("*.") + type); });
            if (filter == filters.end()) {
                dialog->reject();
                return;
            }
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            if (!name) {
                dialog->reject();
                return;
            }
            chosenFilter = *filter;
            dialog->selectNameFilter(*filter);
            name->setText(typed); // typed as the user types it, after choosing the type
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog's own accept(), which reads the name, as Save does
        });
        answer.start();
        save->trigger(); // returns when the dialog is answered and the file written
        QVERIFY2(!chosenFilter.isEmpty(), "no file dialog with that type showed");
        const QString file = typed + u'.' + type;
        QVERIFY2(QFile::exists(file), qPrintable(window.statusBar()->currentMessage() + u' ' + chosenFilter));
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Saved ") + QDir::toNativeSeparators(file));
        const bool json = type == QLatin1String("json");
        QCOMPARE(describeChart(loadChart(file), json), describeChart(m_model.chart(), json));
    }

    void theWindowSaysWhyAPngCameOutSmaller()
    {
        m_model.setChart(loadChart(writeOrganisation(m_dir, 3000, QStringLiteral("window-big.csv"))));
        MainWindow window(&m_model);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setChartLayout(ChartLayout::Tree);
        ExportRequest request;
        request.scale = 2;
        const QString png = m_dir.filePath(QStringLiteral("window-big.png"));
        QVERIFY(window.exportTo(png, request));
        const QString message = window.statusBar()->currentMessage();
        QVERIFY2(message.startsWith(QStringLiteral("Exported ")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("the most a PNG can hold")), qPrintable(message));
        QCOMPARE(QImageReader(png).size().width(), PngLimits::maxSide);
    }

    void commandLineExportsPngAndPdfWithAScope()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        environment.remove(QStringLiteral("DISPLAY"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.path());
        const QString png = m_dir.filePath(QStringLiteral("cli.png")), pdf = m_dir.filePath(QStringLiteral("cli.pdf"));
        ToolRun run = runTool(QStringLiteral(ORGCHART_EXECUTABLE),
                              {dataFile(QStringLiteral("rfc4180.csv")), QStringLiteral("--export"), png, QStringLiteral("--scope"), QStringLiteral("subtree:2")},
                              environment);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(!QImage(png).isNull());
        run = runTool(QStringLiteral(ORGCHART_EXECUTABLE), {QStringLiteral("--export"), pdf}, environment);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(pdfPages(pdf), 1);
        run = runTool(QStringLiteral(ORGCHART_EXECUTABLE), {QStringLiteral("-e"), png, QStringLiteral("--scope"), QStringLiteral("half")}, environment);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("--scope takes all, visible or subtree:ID")));
    }

    void commandLineWarnsOfAScaledPngAndRefusesAnImpossibleOne()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.path());
        const QString png = m_dir.filePath(QStringLiteral("cli-big.png"));
        ToolRun run = runTool(QStringLiteral(ORGCHART_EXECUTABLE),
                              {writeOrganisation(m_dir, 3000, QStringLiteral("cli-big.csv")), QStringLiteral("--layout"), QStringLiteral("tree"),
                               QStringLiteral("--export"), png},
                              environment);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList warnings = run.err.split(QLatin1Char('\n')).filter(QStringLiteral("orgchart-explorer: warning: "));
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings[0].startsWith(QStringLiteral("orgchart-explorer: warning: the chart is ")), qPrintable(run.err));
        QVERIFY2(warnings[0].contains(QStringLiteral("the most a PNG can hold")), qPrintable(run.err));
        QCOMPARE(QImageReader(png).size().width(), PngLimits::maxSide);

        // A chain of managers so long that its boxes would shrink under a pixel.
        QByteArray csv("id,name,title,manager\n0,Top,Chief,\n");
        for (int i = 1; i <= 20000; ++i)
            csv += QByteArray::number(i) + ",Person " + QByteArray::number(i) + ",Manager," + QByteArray::number(i - 1) + '\n';
        QFile chain(m_dir.filePath(QStringLiteral("chain.csv")));
        QVERIFY(chain.open(QIODevice::WriteOnly) && chain.write(csv) == csv.size());
        chain.close();
        const QString refused = m_dir.filePath(QStringLiteral("chain.png"));
        run = runTool(QStringLiteral(ORGCHART_EXECUTABLE),
                      {chain.fileName(), QStringLiteral("--layout"), QStringLiteral("left-right"), QStringLiteral("--export"), refused}, environment);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("orgchart-explorer: cannot write %1: the chart is ").arg(refused)), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("its boxes would be under a pixel")), qPrintable(run.err));
        QVERIFY(!run.err.contains(QStringLiteral("Unknown error")));
        QVERIFY(!QFileInfo::exists(refused));
    }
};

QTEST_MAIN(TestExports)
#include "tst_exports.moc"
