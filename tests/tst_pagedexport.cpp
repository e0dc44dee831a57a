#include "testsupport.h"

#include "chartexport.h"
#include "exportdialog.h"
#include "pagedexport.h"

#include <QCheckBox>
#include <QPdfWriter>
#include <QRegularExpression>

#include <set>

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

// The text of a PDF's pages as an independent reader finds it.
QString pdfText(const QString &fileName, int first = 0, int last = 0)
{
    QStringList arguments{QStringLiteral("-layout")};
    if (first > 0)
        arguments << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l") << QString::number(last);
    arguments << fileName << QStringLiteral("-");
    const ToolRun run = runTool(QStringLiteral("pdftotext"), arguments);
    if (run.exitCode != 0)
        qFatal("pdftotext %s: %s", qPrintable(fileName), qPrintable(run.err));
    return run.out;
}

// The first page as pixels, as an independent reader draws it.
QImage pdfImage(const QString &fileName, const QString &base)
{
    const ToolRun run = runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-png"),
                                                             QStringLiteral("-singlefile"), fileName, base});
    if (run.exitCode != 0)
        qFatal("pdftoppm %s: %s", qPrintable(fileName), qPrintable(run.err));
    return QImage(base + QStringLiteral(".png")).convertToFormat(QImage::Format_RGB32);
}

// A chief with a chain of `deep` managers on one side and `wide` direct reports on the other: in
// the classic tree most of the rectangle around it is empty.
OrgChart lopsidedChart(int deep, int wide)
{
    QByteArray csv("id,name,title,manager\n1,Chief,Chief,\n");
    for (int i = 0; i < deep; ++i)
        csv += "d" + QByteArray::number(i) + ",Deep " + QByteArray::number(i) + ",Manager," + (i ? "d" + QByteArray::number(i - 1) : QByteArray("1")) + '\n';
    for (int i = 0; i < wide; ++i)
        csv += "w" + QByteArray::number(i) + ",Wide " + QByteArray::number(i) + ",Report,1\n";
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("lopsided.csv")));
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
        qFatal("cannot write the lopsided chart");
    file.close();
    return loadChart(file.fileName());
}

// The sheets that hold a box, found box by box rather than sheet by sheet.
std::set<std::pair<int, int>> sheetsWithBoxes(const ChartScene &scene, const PagePlan &plan)
{
    const QSizeF size = plan.sheets.front().area.size();
    const QSizeF step = size - QSizeF(PagedExport::overlap, PagedExport::overlap);
    std::set<std::pair<int, int>> sheets;
    for (const ChartScene::Box &box : scene.boxes)
        for (int row = 0; row < plan.rows; ++row)
            for (int column = 0; column < plan.columns; ++column)
                if (QRectF(QPointF(column * step.width(), row * step.height()), size).intersects(box.rect))
                    sheets.insert({row, column});
    return sheets;
}

} // namespace

class TestPagedExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    OrgChartModel m_model;

    SceneOptions treeLayout() const
    {
        SceneOptions options;
        options.layout = ChartLayout::Tree;
        return options;
    }

    ChartScene pagedScene(const ExportRequest &request, const SceneOptions &shown)
    {
        QString error;
        std::optional<ChartScene> scene = pagedExportScene(m_model, shown, request, QPageSize(QPageSize::A4), &error);
        if (!scene)
            qFatal("%s", qPrintable(error));
        return std::move(*scene);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateSettings(m_dir);
    }

    void aPageIsA4TurnedToTheChartsShape()
    {
        const QPageLayout wide = pageLayoutFor(QSizeF(3000, 1000));
        QCOMPARE(wide.pageSize().id(), QPageSize::A4);
        QCOMPARE(wide.orientation(), QPageLayout::Landscape);
        QCOMPARE(pageLayoutFor(QSizeF(1000, 3000)).orientation(), QPageLayout::Portrait);
        QCOMPARE(pageLayoutFor(QSizeF(1000, 3000), QPageSize(QPageSize::Letter)).pageSize().id(), QPageSize::Letter);
        // 297 × 210 mm less 10 mm margins all round
        QVERIFY(qAbs(printableAspectRatio(wide) - 277.0 / 190) < 0.01);
        QVERIFY(qAbs(printableAspectRatio(pageLayoutFor(QSizeF(1, 2))) - 190.0 / 277) < 0.01);
    }

    void aChartThatFitsReadablyTakesOnePage()
    {
        m_model.setChart(builtInChart());
        ExportRequest tiled;
        tiled.tiled = true;
        const ChartScene scene = pagedScene(tiled, {});
        const PagePlan plan = planPages(scene, pageLayoutFor(scene.bounds.size()), true);
        QVERIFY(!plan.poster);
        QCOMPARE(plan.pageCount(), 1);
        QVERIFY(plan.scale >= PagedExport::readableScale);
    }

    void aPosterLeavesOutSheetsWithoutBoxes()
    {
        m_model.setChart(lopsidedChart(30, 60));
        ExportRequest tiled;
        tiled.tiled = true;
        const ChartScene scene = pagedScene(tiled, treeLayout());
        const PagePlan plan = planPages(scene, pageLayoutFor(scene.bounds.size()), true);
        QVERIFY(plan.poster);
        QCOMPARE(plan.scale, PagedExport::readableScale);
        QVERIFY2(plan.leftOut() > plan.rows * plan.columns / 2, qPrintable(QStringLiteral("%1 of %2").arg(plan.leftOut()).arg(plan.rows * plan.columns)));
        std::set<std::pair<int, int>> planned;
        for (const PagePlan::Sheet &sheet : plan.sheets)
            planned.insert({sheet.row, sheet.column});
        QCOMPARE(planned.size(), plan.sheets.size());
        QVERIFY(planned == sheetsWithBoxes(scene, plan));
        QCOMPARE(plan.pageCount(), 1 + int(plan.sheets.size()));
    }

    void aTiledPdfWritesThePlannedPagesAfterAnOverview()
    {
        m_model.setChart(lopsidedChart(30, 60));
        ExportRequest tiled;
        tiled.tiled = true;
        QString error;
        const PagePlan plan = planPdfPages(m_model, treeLayout(), tiled, &error);
        QCOMPARE(error, QString());
        QVERIFY(plan.poster && plan.leftOut() > 0);
        const QString file = m_dir.filePath(QStringLiteral("poster.pdf"));
        QCOMPARE(exportFile(m_model, treeLayout(), file, tiled), QString());
        const int pages = plan.pageCount();
        QCOMPARE(pdfPages(file), pages);

        const QString overview = pdfText(file, 1, 1);
        QVERIFY2(overview.contains(QStringLiteral("Overview")), qPrintable(overview));
        QVERIFY2(overview.contains(QStringLiteral("page 1 of %1, the overview").arg(pages)), qPrintable(overview));
        for (int page = 2; page <= pages; ++page) // every sheet numbered on the overview
            QVERIFY2(overview.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(page))), qPrintable(QString::number(page)));
        const PagePlan::Sheet &last = plan.sheets.back();
        const QString lastPage = pdfText(file, pages, pages);
        QVERIFY2(lastPage.contains(QStringLiteral("page %1 of %1 (row %2, column %3)").arg(pages).arg(last.row + 1).arg(last.column + 1)),
                 qPrintable(lastPage));
        QVERIFY(pdfText(file, 2, 2).contains(QStringLiteral("page 2 of %1").arg(pages)));
    }

    void aFittedPdfHasEveryNameAsText()
    {
        m_model.setChart(loadChart(writeOrganisation(m_dir, 400, QStringLiteral("fitted.csv"))));
        const QString file = m_dir.filePath(QStringLiteral("fitted.pdf"));
        QCOMPARE(exportFile(m_model, {}, file, {}), QString());
        QCOMPARE(pdfPages(file), 1);
        QSet<int> named;
        QRegularExpressionMatchIterator names = QRegularExpression(QStringLiteral("Person (\\d+)")).globalMatch(pdfText(file));
        while (names.hasNext())
            named.insert(names.next().captured(1).toInt());
        QCOMPARE(named.size(), 400);
        QVERIFY(named.contains(1) && named.contains(400));
    }

    // The fitted page is written without Qt's PDF engine: names that need shaping, combining
    // marks or another font still come out as the text they are, and the boxes as shapes.
    void aFittedPdfKeepsNamesInAnyScriptAsText()
    {
        const QStringList people{QStringLiteral("Zoë Ångström"), QStringLiteral("Jose\u0301 Núñez"), QStringLiteral("Σωκράτης Παππάς"),
                                 QStringLiteral("王小明"), QStringLiteral("Ada Lovelace")};
        QByteArray csv("id,name,title,manager\n");
        for (int i = 0; i < people.size(); ++i)
            csv += QByteArray::number(i + 1) + ',' + people[i].toUtf8() + ",Role " + QByteArray::number(i + 1) + ','
                + (i ? QByteArray("1") : QByteArray()) + '\n';
        const QString source = m_dir.filePath(QStringLiteral("scripts.csv"));
        QFile out(source);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(csv) == csv.size());
        out.close();
        m_model.setChart(loadChart(source));
        const QString file = m_dir.filePath(QStringLiteral("scripts.pdf"));
        QCOMPARE(exportFile(m_model, {}, file, {}), QString());
        QCOMPARE(pdfPages(file), 1);
        const QString text = pdfText(file).normalized(QString::NormalizationForm_C);
        for (const QString &person : people)
            QVERIFY2(text.contains(person.normalized(QString::NormalizationForm_C)), qPrintable(person + QStringLiteral(" in ") + text));
        for (int i = 1; i <= people.size(); ++i)
            QVERIFY2(text.contains(QStringLiteral("Role %1").arg(i)), qPrintable(text));
        QFile pdf(file);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.contains("/FontFile2")); // fonts embedded, not left to the reader
        QVERIFY(bytes.contains("/ToUnicode"));
    }

    // The page written directly looks as the one Qt's PDF engine paints: boxes, lines, colours and
    // texts in their places.
    void aFittedPdfLooksAsQtPaintsIt()
    {
        m_model.setChart(builtInChart());
        QString error;
        const std::optional<ChartScene> scene = pagedExportScene(m_model, {}, ExportRequest(), QPageSize(QPageSize::A4), &error);
        QVERIFY2(scene, qPrintable(error));
        const QString direct = m_dir.filePath(QStringLiteral("direct.pdf")), painted = m_dir.filePath(QStringLiteral("painted.pdf"));
        {
            QFile file(direct);
            QVERIFY(file.open(QIODevice::WriteOnly));
            writePdf(*scene, false, file);
        }
        {
            QPdfWriter pdf(painted);
            pdf.setResolution(300);
            pdf.setPageLayout(pageLayoutFor(scene->bounds.size()));
            paintChartPages(pdf, *scene, false);
        }
        const QImage ours = pdfImage(direct, m_dir.filePath(QStringLiteral("direct"))), qts = pdfImage(painted, m_dir.filePath(QStringLiteral("painted")));
        QCOMPARE(ours.size(), qts.size());
        qint64 inked = 0, differing = 0;
        for (int y = 0; y < ours.height(); ++y)
            for (int x = 0; x < ours.width(); ++x) {
                const QRgb a = ours.pixel(x, y), b = qts.pixel(x, y);
                inked += qGray(b) < 200;
                differing += std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b))}) > 64;
            }
        QVERIFY2(inked > ours.width() * ours.height() / 200, qPrintable(QString::number(inked))); // a chart, not a blank page
        QVERIFY2(differing * 4 < inked, qPrintable(QStringLiteral("%1 of %2 inked pixels differ").arg(differing).arg(inked)));
    }

    void theDialogSaysHowManyPagesItWrites()
    {
        m_model.setChart(lopsidedChart(30, 60));
        const SceneOptions shown = treeLayout();
        const auto planner = [&](const ExportRequest &request) {
            QString error;
            return planPdfPages(m_model, shown, request, &error);
        };
        ExportDialog dialog(m_dir.filePath(QStringLiteral("chart.pdf")), QString(), QString(), nullptr, planner);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY2(dialog.summary().contains(QStringLiteral("It writes one page")), qPrintable(dialog.summary()));
        auto *tiled = dialog.findChild<QCheckBox *>(QStringLiteral("tiled"));
        QVERIFY(tiled);
        QTest::mouseClick(tiled, Qt::LeftButton, {}, QPoint(8, tiled->height() / 2));
        QVERIFY(dialog.request().tiled);
        ExportRequest request;
        request.tiled = true;
        const PagePlan plan = planner(request);
        QVERIFY(plan.pageCount() <= PagedExport::manyPages);
        QVERIFY2(dialog.summary().contains(QStringLiteral("It writes %1 pages").arg(QLocale().toString(plan.pageCount()))), qPrintable(dialog.summary()));
        QVERIFY2(dialog.summary().contains(QStringLiteral("%1 of the %2 sheets").arg(plan.leftOut()).arg(plan.rows * plan.columns)),
                 qPrintable(dialog.summary()));
        QVERIFY(!dialog.summary().contains(QStringLiteral("a lot of paper")));
    }

    void theDialogWarnsAboveFiftyPages()
    {
        m_model.setChart(loadChart(writeOrganisation(m_dir, 3000, QStringLiteral("many.csv"))));
        const SceneOptions shown = treeLayout();
        const auto planner = [&](const ExportRequest &request) {
            QString error;
            return planPdfPages(m_model, shown, request, &error);
        };
        ExportDialog dialog(m_dir.filePath(QStringLiteral("chart.pdf")), QString(), QString(), nullptr, planner);
        dialog.findChild<QCheckBox *>(QStringLiteral("tiled"))->setChecked(true);
        ExportRequest request;
        request.tiled = true;
        const int pages = planner(request).pageCount();
        QVERIFY2(pages > PagedExport::manyPages, qPrintable(QString::number(pages)));
        QVERIFY2(dialog.summary().contains(QStringLiteral("It writes %1 pages").arg(QLocale().toString(pages))), qPrintable(dialog.summary()));
        QVERIFY2(dialog.summary().contains(QStringLiteral("That is a lot of paper")), qPrintable(dialog.summary()));
    }

    void aPngDialogSaysNothingOfPages()
    {
        bool asked = false;
        ExportDialog dialog(m_dir.filePath(QStringLiteral("chart.png")), QString(), QString(), nullptr, [&](const ExportRequest &) {
            asked = true;
            return PagePlan{};
        });
        QVERIFY(!asked);
        QVERIFY(!dialog.summary().contains(QStringLiteral("page")));
    }
};

QTEST_MAIN(TestPagedExport)
#include "tst_pagedexport.moc"
