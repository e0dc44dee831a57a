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

} // namespace TestSupport
