#pragma once

#include "orgchartfile.h"
#include "orgchartmodel.h"

#ifdef QT_WIDGETS_LIB
#include <QApplication>
#endif
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <random>

namespace TestSupport {

inline OrgChart loadChart(const QString &path)
{
    LoadResult loaded = loadOrgChartFile(path);
    if (!loaded.chart)
        qFatal("cannot load %s: %s", qPrintable(path), qPrintable(loaded.error));
    return std::move(*loaded.chart);
}

inline OrgChart builtInChart()
{
    return loadChart(QStringLiteral(":/charts/leadership.json"));
}

// A chart as lines, for one QCOMPARE: each person (id, name, title, manager's id, every extra
// field) after the columns' names; with `everything`, also the title and summary, the role
// details and size variants, the sources and the links, which only the JSON format holds.
inline QStringList describeChart(const OrgChart &chart, bool everything = true)
{
    const QString separator = QStringLiteral(" / ");
    QStringList lines{QStringLiteral("columns: ") + chart.fieldNames.join(u'|')};
    if (everything)
        lines << QStringLiteral("title: ") + chart.title << QStringLiteral("summary: ") + chart.summary;
    for (size_t i = 0; i < chart.nodes.size(); ++i) {
        const OrgNode &node = chart.nodes[i];
        QStringList fields;
        for (qsizetype column = 0; column < chart.fieldNames.size(); ++column)
            fields << chart.field(int(i), column);
        const QString manager = node.parent >= 0 ? chart.nodes[size_t(node.parent)].id : QStringLiteral("(top)");
        lines << QStringList{node.id, node.name, node.title, manager, fields.join(u'|')}.join(separator);
        if (!everything || !node.detail)
            continue;
        const RoleDetail &detail = *node.detail;
        lines << QStringLiteral("  ") + QStringList{detail.abbreviation, detail.summary, detail.focus, detail.responsibilities.join(u'|'),
                                                    detail.notes.join(u'|'), detail.sourceIds.join(u'|')}.join(separator);
        for (const SizeVariant &variant : detail.variants)
            lines << QStringLiteral("  variant %1 %2 ").arg(int(variant.present)).arg(int(variant.acting))
                         + QStringList{variant.holder, variant.focus, variant.description, variant.responsibilities.join(u'|')}.join(separator);
    }
    if (!everything)
        return lines;
    for (const Source &source : chart.sources)
        lines << QStringLiteral("source ") + QStringList{source.id, source.name, source.citedFor}.join(separator);
    for (const Link &link : chart.links)
        lines << QStringLiteral("link ") + QStringList{link.id, chart.nodes[size_t(link.from)].id, chart.nodes[size_t(link.to)].id, link.label,
                                                       link.summary, link.points.join(u'|'), link.sourceIds.join(u'|')}.join(separator);
    return lines;
}

// A generated organisation written as CSV: spans of control 2–12, filled level by level.
inline QString dataFile(const QString &name)
{
    return QStringLiteral(TEST_DATA_DIR "/") + name;
}

// Settings and standard paths of a test go to a folder of its own, never the user's.
inline void isolateSettings(const QTemporaryDir &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
}

#ifdef QT_WIDGETS_LIB
// A key press where the keyboard focus is, as a user would type it.
inline void press(int key, Qt::KeyboardModifiers modifiers = {})
{
    QTest::keyClick(QApplication::focusWidget(), Qt::Key(key), modifiers);
}
#endif

struct ToolRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline ToolRun runTool(const QString &program, const QStringList &arguments,
                       const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    ToolRun run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        run.err = QStringLiteral("did not finish: ") + process.errorString();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// A generated organisation written as CSV: spans of control 2–12, filled level by level.
inline QString writeOrganisation(const QTemporaryDir &dir, int people, const QString &name = QStringLiteral("org.csv"))
{
    std::mt19937 random(42);
    QByteArray csv("id,name,title,manager,department\n");
    int manager = 1, left = 2 + int(random() % 11);
    for (int i = 1; i <= people; ++i) {
        csv += QByteArray::number(i) + ",Person " + QByteArray::number(i) + ",Title " + QByteArray::number(i % 7) + ',';
        if (i > 1) {
            csv += QByteArray::number(manager);
            if (--left == 0) {
                ++manager;
                left = 2 + int(random() % 11);
            }
        }
        csv += ",Dept " + QByteArray::number(i % 5) + '\n';
    }
    return writeFile(dir, name, csv);
}

// Everyone reports to the person before: a chain `people` deep.
inline QString writeChain(const QTemporaryDir &dir, int people, const QString &name = QStringLiteral("chain.csv"))
{
    QByteArray csv("id,name,title,manager\n");
    for (int i = 1; i <= people; ++i)
        csv += QByteArray::number(i) + ",Person " + QByteArray::number(i) + ",Title," + (i > 1 ? QByteArray::number(i - 1) : QByteArray()) + '\n';
    return writeFile(dir, name, csv);
}

// Shapes of organisation that push every operation to its limits, made by the tests rather than
// checked in (tests/tst_shapes.cpp, orgchart-bench --shapes). Ids are 1, 2, … in file order.
namespace Shapes {

// Everyone reports to the person before: the deepest is the last, `people` levels down.
inline QByteArray chainCsv(int people)
{
    QByteArray csv("id,name,title,manager\n");
    csv.reserve(qsizetype(people) * 32);
    for (int i = 1; i <= people; ++i)
        csv += QByteArray::number(i) + ",Person " + QByteArray::number(i) + ",Title," + (i > 1 ? QByteArray::number(i - 1) : QByteArray()) + '\n';
    return csv;
}

// The same chain in the program's JSON format; the deepest person's role is held by "X" in a small
// company, so that the company size changes what the chart shows.
inline QByteArray chainJson(int people)
{
    QByteArray json("{\"format\": \"orgchart-explorer\", \"version\": 1, \"title\": \"Chain\", \"nodes\": [\n");
    json.reserve(qsizetype(people) * 72);
    for (int i = 1; i <= people; ++i) {
        json += "{\"id\": \"" + QByteArray::number(i) + "\", \"name\": \"Person " + QByteArray::number(i) + "\", \"title\": \"Title\", \"manager\": \""
                + (i > 1 ? QByteArray::number(i - 1) : QByteArray()) + '"';
        if (i == people)
            json += ", \"variants\": {\"small\": {\"holder\": \"X\"}}";
        json += i < people ? "},\n" : "}\n";
    }
    return json + "]}\n";
}

// One person with `reports` direct reports (ids 2 … reports + 1), nobody below them.
inline QByteArray starCsv(int reports)
{
    QByteArray csv("id,name,title,manager\n1,Person 1,Chief,\n");
    csv.reserve(qsizetype(reports) * 32);
    for (int i = 2; i <= reports + 1; ++i)
        csv += QByteArray::number(i) + ",Person " + QByteArray::number(i) + ",Title,1\n";
    return csv;
}

// `people` at the top and nobody reporting to anyone.
inline QByteArray rootsCsv(int people)
{
    QByteArray csv("id,name,title,manager\n");
    csv.reserve(qsizetype(people) * 32);
    for (int i = 1; i <= people; ++i)
        csv += QByteArray::number(i) + ",Person " + QByteArray::number(i) + ",Title,\n";
    return csv;
}

// Person i reports to person i / 2: a balanced binary tree whose deepest is the last person.
inline QByteArray heapManager(int i)
{
    return i > 1 ? QByteArray::number(i / 2) : QByteArray();
}

// Names of `length` characters: "Person i " and then words (even ids), one unbroken word (odd ids),
// or words of a letter outside ASCII (every third id), so that measuring, eliding and wrapping
// meet each kind.
inline QString longName(int i, int length)
{
    QString name = QStringLiteral("Person %1 ").arg(i);
    const QString filler = i % 3 == 0 ? QStringLiteral("Ärzteschaft ") : i % 2 == 0 ? QStringLiteral("Abcdefghij ") : QStringLiteral("Abcdefghij");
    name.reserve(length);
    while (name.size() < length)
        name += filler;
    name.truncate(length);
    return name;
}

inline QByteArray longNamesCsv(int people, int length)
{
    QByteArray csv("id,name,title,manager\n");
    for (int i = 1; i <= people; ++i)
        csv += QByteArray::number(i) + ',' + longName(i, length).toUtf8() + ",Title," + heapManager(i) + '\n';
    return csv;
}

// `columns` columns in all: id, name, title, manager and extra columns "c4" … whose values
// ("c4r17") are each found once in the file.
inline QByteArray wideCsv(int people, int columns)
{
    QByteArray csv("id,name,title,manager");
    for (int column = 4; column < columns; ++column)
        csv += ",c" + QByteArray::number(column);
    csv += '\n';
    for (int i = 1; i <= people; ++i) {
        csv += QByteArray::number(i) + ",Person " + QByteArray::number(i) + ",Title," + heapManager(i);
        for (int column = 4; column < columns; ++column)
            csv += ",c" + QByteArray::number(column) + 'r' + QByteArray::number(i);
        csv += '\n';
    }
    return csv;
}

// The same in the program's JSON format: each person's extra columns under "fields".
inline QByteArray wideJson(int people, int columns)
{
    QByteArray json("{\"format\": \"orgchart-explorer\", \"version\": 1, \"nodes\": [\n");
    for (int i = 1; i <= people; ++i) {
        json += "{\"id\": \"" + QByteArray::number(i) + "\", \"name\": \"Person " + QByteArray::number(i) + "\", \"title\": \"Title\", \"manager\": \""
                + heapManager(i) + "\", \"fields\": {";
        for (int column = 4; column < columns; ++column)
            json += (column > 4 ? ", \"c" : "\"c") + QByteArray::number(column) + "\": \"c" + QByteArray::number(column) + 'r' + QByteArray::number(i) + '"';
        json += i < people ? "}},\n" : "}}\n";
    }
    return json + "]}\n";
}

} // namespace Shapes

} // namespace TestSupport
