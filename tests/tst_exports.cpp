#include "testsupport.h"

#include "chartexport.h"
#include "chartview.h"
#include "mainwindow.h"
#include "svgexport.h"

#include <QClipboard>
#include <QImage>
#include <QMimeData>
#include <QPrinter>

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
};

QTEST_MAIN(TestExports)
#include "tst_exports.moc"
