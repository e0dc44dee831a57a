#include "testsupport.h"

#include "categorypalette.h"
#include "chartexport.h"
#include "chartscene.h"
#include "chartview.h"
#include "colourbymenu.h"
#include "mainwindow.h"
#include "svgexport.h"

#include <QAccessible>
#include <QBuffer>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>

using namespace TestSupport;

namespace {

// Four in Sales, three in Engineering, one on the Board, one with no department.
const QByteArray staffCsv = "id,name,title,manager,department,location\n"
                            "1,Ada Lovelace,Chief Executive Officer,,Board,London\n"
                            "2,Grace Hopper,CTO,1,Engineering,New York\n"
                            "3,Alan Turing,Engineer,2,Engineering,London\n"
                            "4,Edsger Dijkstra,Engineer,2,Engineering,Austin\n"
                            "5,Mary Jackson,Sales Lead,1,Sales,Hampton\n"
                            "6,Katherine Johnson,Sales,5,Sales,Hampton\n"
                            "7,Dorothy Vaughan,Sales,5,Sales,Hampton\n"
                            "8,Margaret Hamilton,Sales,5,Sales,Boston\n"
                            "9,Barbara Liskov,Adviser,1,,Boston\n";

QStringList categoryTexts(const ChartScene &scene)
{
    QStringList texts;
    for (int box = 0; box < int(scene.boxes.size()); ++box)
        texts << scene.boxes[size_t(box)].index.data(OrgChartModel::NameRole).toString() + u'=' + QString::number(scene.categoryOf(box));
    return texts;
}

QStringList legendTexts(const ChartScene &scene)
{
    QStringList texts;
    for (int index : scene.headerTexts)
        texts << scene.texts[size_t(index)].text;
    return texts;
}

// The PDF's streams, inflated: content streams and forms are compressed in zlib's format.
QByteArray inflatedStreams(const QByteArray &pdf)
{
    QByteArray all;
    for (qsizetype at = pdf.indexOf("stream"); at >= 0; at = pdf.indexOf("stream", at + 1)) {
        if (at >= 3 && pdf.mid(at - 3, 3) == "end")
            continue;
        qsizetype begin = at + 6;
        if (pdf.mid(begin, 2) == "\r\n")
            begin += 2;
        else if (pdf.at(begin) == '\n')
            ++begin;
        const qsizetype end = pdf.indexOf("endstream", begin);
        if (end < 0)
            break;
        const QByteArray data = pdf.mid(begin, end - begin);
        QByteArray sized(4, '\0');
        const quint32 guess = quint32(std::min<qsizetype>(data.size() * 8 + 1024, 1 << 26));
        for (int i = 0; i < 4; ++i)
            sized[i] = char((guess >> (24 - 8 * i)) & 0xff);
        all += qUncompress(sized + data) + '\n';
        at = end;
    }
    return all;
}

// A fill colour as the PDF writes it: "r g b rg", each part of 1 with three decimals.
QByteArray pdfFill(const QColor &colour)
{
    QByteArray operands;
    for (int part : {colour.red(), colour.green(), colour.blue()})
        operands += QByteArray::number(part / 255.0, 'f', 3) + ' ';
    return operands + "rg";
}

int pixelsOf(const QImage &image, const QColor &colour)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    int count = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            count += (line[x] & 0xffffff) == (colour.rgb() & 0xffffff);
    }
    return count;
}

} // namespace

// View > Colour By: boxes coloured by a column's values, on screen, in the legend, in every export
// and from the command line; the choice remembered per file.
class TestColourBy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_staff;
    OrgChartModel m_model;

    ChartScene colouredScene(const QString &column) const
    {
        SceneOptions options;
        options.colourBy = column;
        return buildChartScene(m_model, exportStyle(), options);
    }

    static void open(MainWindow &window, const QString &path)
    {
        QSignalSpy opened(&window, &MainWindow::fileOpened);
        window.openFile(path);
        QVERIFY(opened.wait(20000));
        QCoreApplication::processEvents();
    }

    static QMenu *colourMenu(MainWindow &window) { return window.findChild<QMenu *>(QStringLiteral("colourByMenu")); }

    static QString checkedText(MainWindow &window)
    {
        const QList<QAction *> actions = colourMenu(window)->actions();
        for (QAction *action : actions)
            if (action->isChecked())
                return action->text();
        return {};
    }

    static QAction *columnAction(MainWindow &window, const QString &column)
    {
        const QList<QAction *> actions = colourMenu(window)->actions();
        for (QAction *action : actions)
            if (action->isCheckable() && action->data().toString() == column)
                return action;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateSettings(m_dir);
        m_staff = writeFile(m_dir, QStringLiteral("staff.csv"), staffCsv);
        m_model.setChart(loadChart(m_staff));
    }

    void everyPaletteColourKeepsTextReadable_data()
    {
        QTest::addColumn<QString>("styleName");
        QTest::newRow("light") << QStringLiteral("light");
        QTest::newRow("dark") << QStringLiteral("dark");
        QTest::newRow("export") << QStringLiteral("export");
    }

    void everyPaletteColourKeepsTextReadable()
    {
        QFETCH(QString, styleName);
        const ChartStyle style = styleName == QLatin1String("light") ? ChartStyle::light()
                                 : styleName == QLatin1String("dark") ? ChartStyle::dark()
                                                                     : exportStyle();
        QSet<QRgb> fills;
        for (int category = 0; category < CategoryPalette::size; ++category) {
            const QColor fill = style.categoryFill[size_t(category)];
            QVERIFY2(fill != style.boxFill, qPrintable(QString::number(category))); // tinted, not left plain
            fills.insert(fill.rgb());
            for (const QColor &text : {style.heading, style.text, style.mutedText})
                QVERIFY2(CategoryPalette::contrast(text, fill) >= 4.5,
                         qPrintable(QStringLiteral("%1 on %2: %3").arg(text.name(), fill.name()).arg(CategoryPalette::contrast(text, fill))));
            const QColor border = style.categoryBorder[size_t(category)];
            QVERIFY2(CategoryPalette::contrast(border, style.background) >= 3,
                     qPrintable(QStringLiteral("%1 on %2").arg(border.name(), style.background.name())));
        }
        QCOMPARE(fills.size(), CategoryPalette::size); // each category its own tint
    }

    void contrastIsWcags()
    {
        QCOMPARE(CategoryPalette::contrast(Qt::black, Qt::white), 21.0);
        QCOMPARE(CategoryPalette::contrast(Qt::white, Qt::white), 1.0);
        QVERIFY(qAbs(CategoryPalette::contrast(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
    }

    void eachBoxGetsItsValuesColourMostCommonFirst()
    {
        const ChartScene scene = colouredScene(QStringLiteral("Department")); // any case
        QCOMPARE(scene.colourKey.column, QStringLiteral("department"));
        QCOMPARE(scene.colourKey.values, (QStringList{QStringLiteral("Sales"), QStringLiteral("Engineering"), QStringLiteral("Board")}));
        QVERIFY(scene.colourKey.others); // Barbara has none
        QCOMPARE(categoryTexts(scene),
                 (QStringList{QStringLiteral("Ada Lovelace=2"), QStringLiteral("Grace Hopper=1"), QStringLiteral("Alan Turing=1"),
                              QStringLiteral("Edsger Dijkstra=1"), QStringLiteral("Mary Jackson=0"), QStringLiteral("Katherine Johnson=0"),
                              QStringLiteral("Dorothy Vaughan=0"), QStringLiteral("Margaret Hamilton=0"), QStringLiteral("Barbara Liskov=-1")}));
        QCOMPARE(scene.categoryText(4), QStringLiteral("department: Sales"));
        QCOMPARE(scene.categoryText(8), QStringLiteral("department: none"));
    }

    void noColumnOrAnUnknownOneColoursNothing()
    {
        for (const QString &column : {QString(), QStringLiteral("nosuch")}) {
            const ChartScene scene = colouredScene(column);
            QVERIFY(scene.categories.empty());
            QCOMPARE(scene.categoryOf(0), -1);
            QVERIFY(scene.categoryText(0).isEmpty());
            QVERIFY(std::none_of(scene.legend.cbegin(), scene.legend.cend(),
                                 [](const ChartScene::LegendSample &s) { return s.kind == ChartScene::LegendSample::Kind::Category; }));
        }
    }

    void valuesBeyondThePaletteAreDrawnAsOthers()
    {
        QByteArray csv = "id,name,title,manager,team\n1,Top,Chief,,T0\n";
        int id = 2;
        for (int team = 0; team < CategoryPalette::size + 3; ++team) // team k has 20 - k people: T0 the most
            for (int member = 0; member < 20 - team; ++member)
                csv += QByteArray::number(id++) + ",P,Member,1,T" + QByteArray::number(team) + '\n';
        OrgChartModel model;
        model.setChart(loadChart(writeFile(m_dir, QStringLiteral("teams.csv"), csv)));
        SceneOptions options;
        options.colourBy = QStringLiteral("team");
        const ChartScene scene = buildChartScene(model, exportStyle(), options);
        QCOMPARE(scene.colourKey.values.size(), CategoryPalette::size);
        QCOMPARE(scene.colourKey.values.first(), QStringLiteral("T0"));
        QCOMPARE(scene.colourKey.values.last(), QStringLiteral("T8"));
        QVERIFY(scene.colourKey.others);
        const int samples = int(std::count_if(scene.legend.cbegin(), scene.legend.cend(), [](const ChartScene::LegendSample &s) {
            return s.kind == ChartScene::LegendSample::Kind::Category;
        }));
        QCOMPARE(samples, CategoryPalette::size + 1); // bounded: the palette and "others"
        QVERIFY(legendTexts(scene).contains(QStringLiteral("team: any other or none")));
        const int last = int(scene.boxes.size()) - 1; // the last team's last member
        QCOMPARE(scene.boxes[size_t(last)].index.data(OrgChartModel::FieldsRole).toList().first().toStringList().last(), QStringLiteral("T11"));
        QCOMPARE(scene.categoryOf(last), -1);
        QCOMPARE(scene.categoryText(last), QStringLiteral("team: T11"));
    }

    void legendNamesEveryCategoryBelowTheOtherSamples()
    {
        const ChartScene plain = colouredScene({});
        const ChartScene scene = colouredScene(QStringLiteral("department"));
        const QStringList texts = legendTexts(scene);
        for (const QString &text : {QStringLiteral("department: Sales"), QStringLiteral("department: Engineering"),
                                    QStringLiteral("department: Board"), QStringLiteral("department: any other or none")})
            QVERIFY2(texts.contains(text), qPrintable(texts.join(u'|')));
        // The row is under the header's first row, and the boxes moved down to make room for it.
        QVERIFY(scene.boxes.front().rect.top() > plain.boxes.front().rect.top());
        for (const ChartScene::LegendSample &sample : scene.legend)
            if (sample.kind == ChartScene::LegendSample::Kind::Category)
                QVERIFY(sample.rect.bottom() < scene.boxes.front().rect.top());
    }

    void svgHasAClassPerCategoryAndTheLegend()
    {
        const ChartScene scene = colouredScene(QStringLiteral("department"));
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        const ChartStyle style = exportStyle();
        QVERIFY(writeSvg(scene, style, &buffer));
        const QString svg = QString::fromUtf8(buffer.data());
        QVERIFY2(svg.contains(QStringLiteral(".cat-0{fill:%1;stroke:%2").arg(style.categoryFill[0].name(), style.categoryBorder[0].name())),
                 qPrintable(svg.left(3000)));
        QCOMPARE(svg.count(QStringLiteral("class=\"box cat-0\"")), 4 + 1);  // Sales, and its legend sample
        QCOMPARE(svg.count(QStringLiteral("class=\"box cat-1\"")), 3 + 1);  // Engineering
        QVERIFY(svg.contains(QStringLiteral(">department: Sales</text>")));
        QVERIFY(svg.contains(QStringLiteral(">department: any other or none</text>")));
        const QString file = m_dir.filePath(QStringLiteral("coloured.svg"));
        QCOMPARE(exportSvg(scene, style, file), QString());
        const ToolRun lint = runTool(QStringLiteral("xmllint"), {QStringLiteral("--noout"), file});
        QVERIFY2(lint.exitCode == 0, qPrintable(lint.err));
    }

    void plainSvgHasNoCategoryClasses()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(writeSvg(colouredScene({}), exportStyle(), &buffer));
        QVERIFY(!buffer.data().contains("cat-"));
    }

    void pdfFillsBoxesWithTheCategoryColours()
    {
        SceneOptions options;
        options.colourBy = QStringLiteral("department");
        const QString file = m_dir.filePath(QStringLiteral("coloured.pdf"));
        QCOMPARE(exportFile(m_model, options, file, {}), QString());
        QFile pdf(file);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray content = inflatedStreams(pdf.readAll());
        const ChartStyle style = exportStyle();
        for (int category : {0, 1, 2})
            QVERIFY2(content.contains(pdfFill(style.categoryFill[size_t(category)])), pdfFill(style.categoryFill[size_t(category)]).constData());
        QVERIFY(!content.contains(pdfFill(style.categoryFill[3]))); // three departments, three colours
    }

    void pngIsPaintedInTheCategoryColours()
    {
        SceneOptions options;
        options.colourBy = QStringLiteral("department");
        const QString file = m_dir.filePath(QStringLiteral("coloured.png"));
        QCOMPARE(exportFile(m_model, options, file, {}), QString());
        const QImage image(file);
        QVERIFY(!image.isNull());
        const ChartStyle style = exportStyle();
        QVERIFY(pixelsOf(image, style.categoryFill[0]) > 4 * 2000); // four Sales boxes, most of each
        QVERIFY(pixelsOf(image, style.categoryFill[2]) > 2000);     // Ada on the Board
        QCOMPARE(pixelsOf(image, style.categoryFill[3]), 0);
    }

    void submenuListsTheColumnsAndColoursTheChart()
    {
        OrgChartModel model;
        model.setChart(builtInChart());
        MainWindow window(&model);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        open(window, m_staff);
        QMenu *menu = colourMenu(window);
        QVERIFY(menu);
        QStringList texts;
        const QList<QAction *> actions = menu->actions();
        for (QAction *action : actions)
            if (!action->isSeparator())
                texts << action->text();
        QCOMPARE(texts, (QStringList{QStringLiteral("&None"), QStringLiteral("&1 department"), QStringLiteral("&2 location")}));
        QCOMPARE(checkedText(window), QStringLiteral("&None"));
        const QColor salesFill = window.chartView()->chartStyle().categoryFill[0];
        window.chartView()->fitToWindow();
        QTest::qWait(50);
        QCOMPARE(pixelsOf(window.chartView()->viewport()->grab().toImage(), salesFill), 0);

        columnAction(window, QStringLiteral("department"))->trigger();
        QCOMPARE(window.chartView()->colourBy(), QStringLiteral("department"));
        QCOMPARE(checkedText(window), QStringLiteral("&1 department"));
        QCOMPARE(window.chartView()->scene().categoryOf(window.chartView()->scene().boxOf(model.indexForId(QStringLiteral("5")))), 0);
        QTest::qWait(50);
        QVERIFY(pixelsOf(window.chartView()->viewport()->grab().toImage(), salesFill) > 500);

        columnAction(window, QString())->trigger();
        QVERIFY(window.chartView()->scene().categories.empty());
    }

    void builtInChartOffersOnlyNoneAndSaysWhy()
    {
        OrgChartModel model;
        model.setChart(builtInChart());
        MainWindow window(&model);
        const QList<QAction *> actions = colourMenu(window)->actions();
        QCOMPARE(actions.size(), 1);
        QVERIFY(actions[0]->isChecked());
        QVERIFY(colourMenu(window)->menuAction()->statusTip().contains(QStringLiteral("no extra columns")));
        QVERIFY(colourMenu(window)->menuAction()->toolTip().contains(QStringLiteral("no extra columns")));
    }

    void choiceIsRememberedForEachFile()
    {
        const QString other = writeFile(m_dir, QStringLiteral("other.csv"), staffCsv);
        {
            OrgChartModel model;
            model.setChart(builtInChart());
            MainWindow window(&model);
            open(window, m_staff);
            columnAction(window, QStringLiteral("location"))->trigger();
            open(window, other);
            QCOMPARE(window.chartView()->colourBy(), QString()); // another file, no choice of its own
            columnAction(window, QStringLiteral("department"))->trigger();
            open(window, m_staff);
            QCOMPARE(window.chartView()->colourBy(), QStringLiteral("location"));
            QCOMPARE(checkedText(window), QStringLiteral("&2 location"));
        }
        OrgChartModel model;
        model.setChart(builtInChart());
        MainWindow window(&model); // the next run
        open(window, other);
        QCOMPARE(window.chartView()->colourBy(), QStringLiteral("department"));
        QCOMPARE(checkedText(window), QStringLiteral("&1 department"));
        QVERIFY(!window.chartView()->scene().categories.empty());
        open(window, m_staff);
        QCOMPARE(window.chartView()->colourBy(), QStringLiteral("location"));
        QCOMPARE(ColourByMenu::savedColumn(m_staff), QStringLiteral("location"));
    }

    void accessibleDescriptionNamesTheCategory()
    {
        OrgChartModel model;
        model.setChart(builtInChart());
        MainWindow window(&model);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        open(window, m_staff);
        columnAction(window, QStringLiteral("department"))->trigger();
        QAccessibleInterface *chart = QAccessible::queryAccessibleInterface(window.chartView());
        QVERIFY(chart);
        QStringList descriptions;
        for (int i = 0; i < chart->childCount(); ++i)
            descriptions << chart->child(i)->text(QAccessible::Description);
        QVERIFY2(descriptions.filter(QStringLiteral("department: Sales")).size() == 4, qPrintable(descriptions.join(u'|')));
        QVERIFY(descriptions.filter(QStringLiteral("department: Board")).size() == 1);
    }

    void commandLineColoursTheExport()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.path());
        const QString svg = m_dir.filePath(QStringLiteral("cli.svg"));
        const ToolRun good = runTool(QStringLiteral(ORGCHART_EXECUTABLE),
                                     {m_staff, QStringLiteral("--colour-by"), QStringLiteral("department"), QStringLiteral("--export"), svg}, environment);
        QVERIFY2(good.exitCode == 0, qPrintable(good.err));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.contains("class=\"box cat-0\""));
        QVERIFY(content.contains(">department: Sales</text>"));
    }

    void commandLineNamesTheColumnsWhenOneIsUnknown()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.path());
        const QString svg = m_dir.filePath(QStringLiteral("bad.svg"));
        const ToolRun bad = runTool(QStringLiteral(ORGCHART_EXECUTABLE),
                                    {m_staff, QStringLiteral("--colour-by"), QStringLiteral("division"), QStringLiteral("--export"), svg}, environment);
        QCOMPARE(bad.exitCode, 1);
        QCOMPARE(bad.err.count(u'\n'), 1);
        QVERIFY2(bad.err.contains(QStringLiteral("\"division\"")), qPrintable(bad.err));
        QVERIFY2(bad.err.contains(QStringLiteral("department, location")), qPrintable(bad.err));
        QVERIFY(!QFile::exists(svg));
        const ToolRun builtIn = runTool(QStringLiteral(ORGCHART_EXECUTABLE),
                                        {QStringLiteral("--colour-by"), QStringLiteral("department"), QStringLiteral("--export"), svg}, environment);
        QCOMPARE(builtIn.exitCode, 1);
        QVERIFY2(builtIn.err.contains(QStringLiteral("no extra columns")), qPrintable(builtIn.err));
    }
};

QTEST_MAIN(TestColourBy)
#include "tst_colourby.moc"
