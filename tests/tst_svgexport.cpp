#include "testsupport.h"

#include "chartscene.h"
#include "svgexport.h"

#include <QBuffer>
#include <QImage>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace TestSupport;

namespace {

struct SvgGroup
{
    QString title;
    QString desc;
    QStringList texts;
};

// The groups of an SVG file by id, with their title, description and texts.
QMap<QString, SvgGroup> readGroups(const QString &fileName, QString *error)
{
    QFile file(fileName);
    QMap<QString, SvgGroup> groups;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return groups;
    }
    QXmlStreamReader xml(&file);
    QStringList open; // ids of the enclosing groups
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString name = xml.name().toString();
            if (name == QLatin1String("g")) {
                open << xml.attributes().value(QLatin1String("id")).toString();
                continue;
            }
            if (open.isEmpty())
                continue;
            SvgGroup &group = groups[open.last()];
            if (name == QLatin1String("title"))
                group.title = xml.readElementText();
            else if (name == QLatin1String("desc"))
                group.desc = xml.readElementText();
            else if (name == QLatin1String("text"))
                group.texts << xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("g")) {
            open.removeLast();
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return groups;
}

} // namespace

class TestSvgExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString exportModel(const OrgChartModel &model, const QString &name)
    {
        const QString file = m_dir.filePath(name);
        const ChartStyle style = ChartStyle::light();
        const QString error = exportSvg(buildChartScene(model, style), style, file);
        return error.isEmpty() ? file : QString();
    }

    void checkWithXmllint(const QString &file)
    {
        const ToolRun lint = runTool(QStringLiteral("xmllint"), {QStringLiteral("--noout"), file});
        QVERIFY2(lint.exitCode == 0, qPrintable(lint.err));
    }

private Q_SLOTS:
    void builtInChartIsWellFormedAndRendersElsewhere_data()
    {
        QTest::addColumn<CompanySize>("size");
        QTest::newRow("small") << CompanySize::Small;
        QTest::newRow("large") << CompanySize::Large;
    }

    void builtInChartIsWellFormedAndRendersElsewhere()
    {
        QFETCH(CompanySize, size);
        OrgChartModel model;
        model.setChart(builtInChart());
        model.setCompanySize(size);
        const QString file = exportModel(model, QStringLiteral("builtin-%1.svg").arg(companySizeKey(size)));
        QVERIFY(!file.isEmpty());
        checkWithXmllint(file);

        const QString png = file + QStringLiteral(".png");
        const ToolRun render = runTool(QStringLiteral("rsvg-convert"), {file, QStringLiteral("-o"), png});
        QVERIFY2(render.exitCode == 0, qPrintable(render.err));
        const QImage image(png);
        const QRectF bounds = buildChartScene(model, ChartStyle::light()).bounds;
        QCOMPARE(image.size(), bounds.size().toSize());
        // The acting CPO's tinted box shows in the rendering, where the layout put it.
        const QRectF cpo = buildChartScene(model, ChartStyle::light()).boxes[1].rect;
        const QColor inside = image.pixelColor(cpo.toRect().topLeft() + QPoint(12, 12));
        QCOMPARE(inside.name(), (size == CompanySize::Small ? ChartStyle::light().actingFill : ChartStyle::light().boxFill).name());
    }

    void eachRoleIsAGroupWithTitleDescAndText()
    {
        OrgChartModel model;
        model.setChart(builtInChart());
        model.setCompanySize(CompanySize::Small);
        const QString file = exportModel(model, QStringLiteral("groups.svg"));
        QString error;
        const QMap<QString, SvgGroup> groups = readGroups(file, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const char *id : {"ceo", "cpo", "cmo"}) {
            const QModelIndex index = model.indexForId(QString::fromLatin1(id));
            const SvgGroup group = groups.value(QStringLiteral("role-") + QString::fromLatin1(id));
            QVERIFY2(group.texts.contains(index.data(OrgChartModel::HeadingRole).toString()), id);
            QVERIFY(group.title.startsWith(index.data(Qt::DisplayRole).toString()));
            for (const QString &duty : index.data(OrgChartModel::ResponsibilitiesRole).toStringList())
                QVERIFY2(group.desc.contains(duty), qPrintable(duty));
        }
        QVERIFY(groups.value(QStringLiteral("role-cpo")).texts.contains(QStringLiteral("Product Manager — acting CPO")));
        QVERIFY(groups.value(QStringLiteral("link-cpo-cmo")).desc.contains(QStringLiteral("Product launches")));
        const QStringList header = groups.value(QStringLiteral("header")).texts;
        QVERIFY(header.contains(QStringLiteral("Leadership chart — small company")));
        QVERIFY(header.contains(QStringLiteral("reports to")));
        QVERIFY(header.contains(QStringLiteral("collaborates with")));
    }

    void awkwardNamesSurviveTheRoundTrip()
    {
        OrgChartModel model;
        model.setChart(loadChart(dataFile(QStringLiteral("awkward-names.json"))));
        const QString file = exportModel(model, QStringLiteral("awkward.svg"));
        checkWithXmllint(file);
        QString error;
        const QMap<QString, SvgGroup> groups = readGroups(file, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(groups.value(QStringLiteral("role-1")).texts.contains(QStringLiteral("Zoë Å & <Co>")));
        QCOMPARE(groups.value(QStringLiteral("role-1")).title, QStringLiteral("Zoë Å & <Co>"));
        QVERIFY(groups.value(QStringLiteral("role-2")).texts.contains(QStringLiteral("王小明")));
        QVERIFY(groups.value(QStringLiteral("role-2")).texts.contains(QStringLiteral("Engineer \"Q\"")));
        QVERIFY(groups.value(QStringLiteral("role-3")).texts.contains(QStringLiteral("🚀 Launch 'Lead'")));
        // A control character cannot stand in XML: it is replaced, the rest of the text kept.
        QVERIFY(groups.value(QStringLiteral("role-3")).texts.contains(QStringLiteral("Bell\uFFFDRinger")));
        QVERIFY(groups.value(QStringLiteral("header")).texts.contains(QStringLiteral("R&D <Lab> \"Team\" 'A'")));
        QCOMPARE(groups.value(QStringLiteral("link-2-3")).texts, QStringList{QStringLiteral("Pair <&>")});
        const ToolRun render = runTool(QStringLiteral("rsvg-convert"), {file, QStringLiteral("-o"), file + QStringLiteral(".png")});
        QVERIFY2(render.exitCode == 0, qPrintable(render.err));
    }

    void idsAreStableAndUnique()
    {
        OrgChart chart;
        for (const char *id : {"a b", "a_b", "a/b"}) {
            OrgNode node;
            node.id = QString::fromLatin1(id);
            node.name = node.id;
            chart.nodes.push_back(std::move(node));
        }
        QStringList warnings;
        QVERIFY(buildTree(chart, QStringLiteral("test"), warnings).isEmpty());
        OrgChartModel model;
        model.setChart(std::move(chart));
        const QStringList expected{QStringLiteral("role-a_b"), QStringLiteral("role-a_b-2"), QStringLiteral("role-a_b-3")};
        for (int run = 0; run < 2; ++run) {
            const QString file = exportModel(model, QStringLiteral("ids-%1.svg").arg(run));
            QString error;
            QCOMPARE(readGroups(file, &error).keys().filter(QStringLiteral("role-")), expected);
        }
    }

    // Boxes are made in blocks, by several threads where there are cores to spare: the file is the
    // same, byte for byte, as one thread writes it, ids that need replacing and escapes included.
    void severalThreadsWriteWhatOneWrites()
    {
        const auto id = [](int i) { return i % 97 == 0 ? QByteArray("p " + QByteArray::number(i)) : QByteArray::number(i); };
        QByteArray csv("id,name,title,manager,department\n");
        for (int i = 1; i <= 5000; ++i) {
            const QByteArray name = i % 3 == 0 ? QByteArray("Zoë Müller " + QByteArray::number(i))
                                    : i % 5 == 0 ? QByteArray("\"A & <B> \"\"C\"\"\"")
                                                 : QByteArray("Person " + QByteArray::number(i));
            const QByteArray title = i % 7 == 0 ? QByteArray("Senior Principal Staff Engineer of Rather Long Titles " + QByteArray::number(i))
                                                : QByteArray("Engineer");
            csv += id(i) + ',' + name + ',' + title + ',' + (i > 1 ? id((i - 2) / 8 + 1) : QByteArray()) + ",Dept " + QByteArray::number(i % 4) + '\n';
        }
        OrgChartModel model;
        model.setChart(loadChart(writeFile(m_dir, QStringLiteral("threads.csv"), csv)));
        const ChartStyle style = ChartStyle::light();
        const ChartScene scene = buildChartScene(model, style);
        QCOMPARE(scene.boxes.size(), size_t(5000));
        QBuffer one, several;
        QVERIFY(one.open(QIODevice::WriteOnly) && several.open(QIODevice::WriteOnly));
        QVERIFY(writeSvg(scene, style, &one, 1));
        QVERIFY(writeSvg(scene, style, &several, 3));
        QCOMPARE(several.data().size(), one.data().size());
        QVERIFY(several.data() == one.data());
        // Everyone once, in the scene's order.
        const QString file = writeFile(m_dir, QStringLiteral("threads.svg"), several.data());
        checkWithXmllint(file);
        QString error;
        const QMap<QString, SvgGroup> groups = readGroups(file, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(groups.keys().filter(QStringLiteral("role-")).size(), 5000);
        QCOMPARE(groups.value(QStringLiteral("role-p_97")).title, QStringLiteral("Person 97"));
        QVERIFY(groups.value(QStringLiteral("role-10")).texts.contains(QStringLiteral("A & <B> \"C\"")));
        QStringList written, expected;
        for (const QRegularExpressionMatch &match : QRegularExpression(QStringLiteral("<g id=\"role-([^\"]+)\"")).globalMatch(QString::fromUtf8(several.data())))
            written << match.captured(1);
        for (const ChartScene::Box &box : scene.boxes)
            expected << box.index.data(OrgChartModel::IdRole).toString().replace(u' ', u'_');
        QCOMPARE(written, expected);
    }

    void unwritableTargetsFailCleanly()
    {
        OrgChartModel model;
        model.setChart(builtInChart());
        const ChartScene scene = buildChartScene(model, ChartStyle::light());

        const QString missingFolder = m_dir.filePath(QStringLiteral("no/such/folder/chart.svg"));
        QString error = exportSvg(scene, ChartStyle::light(), missingFolder);
        QVERIFY2(error.startsWith(QStringLiteral("cannot write ") + missingFolder + QStringLiteral(": ")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(missingFolder));

        const QString folder = m_dir.filePath(QStringLiteral("a-folder.svg"));
        QVERIFY(QDir().mkpath(folder));
        error = exportSvg(scene, ChartStyle::light(), folder);
        QVERIFY2(!error.isEmpty(), "a folder is no place for a file");
        QVERIFY(QFileInfo(folder).isDir());
    }
};

QTEST_MAIN(TestSvgExport)
#include "tst_svgexport.moc"
