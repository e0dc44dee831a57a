#include "testsupport.h"

#include "atomicfile.h"
#include "chartexport.h"

#include <QDir>

#include <unistd.h>

using namespace TestSupport;

// Writing fails in every way a disk can fail: the user gets a clear message, an existing file keeps
// its content, and no temporary file is left behind.
class TestFaults : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    OrgChartModel m_model;
    QString m_mount; // a small file system of our own, when we may mount one

    static void writeFile(const QString &path, const QByteArray &content)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content), content.size());
    }

    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    ChartScene bigScene()
    {
        QByteArray csv("id,name,title,manager\n");
        for (int i = 1; i <= 3000; ++i)
            csv += QByteArray::number(i) + ",Person " + QByteArray::number(i) + ",A rather long job title," + (i > 1 ? QByteArray::number(i / 4 + 1) : "") + '\n';
        LoadResult loaded = parseOrgChart(csv, QStringLiteral("big.csv"));
        m_model.setChart(std::move(*loaded.chart));
        return buildChartScene(m_model, exportStyle());
    }

    bool mountSmall(const QString &options)
    {
        if (geteuid() != 0)
            return false;
        m_mount = m_dir.filePath(QStringLiteral("small-disk"));
        QDir().mkpath(m_mount);
        return runTool(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), options,
                                                 QStringLiteral("tmpfs"), m_mount}).exitCode == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void cleanup()
    {
        if (!m_mount.isEmpty())
            runTool(QStringLiteral("umount"), {m_mount});
        m_mount.clear();
    }

    void aWriterThatFailsMidWayKeepsTheOldFile()
    {
        const QString file = m_dir.filePath(QStringLiteral("half.svg"));
        writeFile(file, "old content");
        const QString error = writeAtomically(file, [](QIODevice &device) {
            device.write("<svg>half of it");
            return false; // as a device does when it stops taking bytes
        });
        QVERIFY(error.startsWith(QStringLiteral("cannot write ") + file));
        QCOMPARE(readFile(file), QByteArray("old content"));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("half.svg*")}, QDir::Files), QStringList{QStringLiteral("half.svg")});
    }

    void aFullDiskKeepsTheOldFile()
    {
        if (!mountSmall(QStringLiteral("size=64k")))
            QSKIP("mounting a small tmpfs needs root (CI runs as root)");
        const QString file = m_mount + QStringLiteral("/chart.svg");
        writeFile(file, "old content");
        const QString error = exportChart(bigScene(), file, {});
        QVERIFY2(error.contains(QStringLiteral("No space left on device")) || error.startsWith(QStringLiteral("cannot write")), qPrintable(error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(readFile(file), QByteArray("old content"));
        QCOMPARE(QDir(m_mount).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("chart.svg")});
    }

    void aReadOnlyFolderKeepsTheOldFile()
    {
        QString folder;
        if (mountSmall(QStringLiteral("size=1m"))) {
            folder = m_mount;
            writeFile(folder + QStringLiteral("/chart.png"), "old content");
            QCOMPARE(runTool(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_mount}).exitCode, 0);
        } else {
            folder = m_dir.filePath(QStringLiteral("read-only"));
            QDir().mkpath(folder);
            writeFile(folder + QStringLiteral("/chart.png"), "old content");
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
        }
        m_model.setChart(builtInChart());
        const QString error = exportChart(buildChartScene(m_model, exportStyle()), folder + QStringLiteral("/chart.png"), {});
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY2(error.startsWith(QStringLiteral("cannot write ")), qPrintable(error));
        QCOMPARE(readFile(folder + QStringLiteral("/chart.png")), QByteArray("old content"));
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("chart.png")});
    }

    void corruptOrFutureSettingsAreIgnoredWithAWarning_data()
    {
        QTest::addColumn<QByteArray>("settings");
        QTest::addColumn<bool>("warned");
        QTest::newRow("binary garbage") << QByteArray("\x00\xff[[[\x01zoom=\xfe\n\x00", 15) << false;
        QTest::newRow("wrong types") << QByteArray("[chart]\nzoom=lots\ncompanySize=42\n[window]\ngeometry=@Variant(broken\n") << false;
        QTest::newRow("a newer version") << QByteArray("[settings]\nversion=99\n[chart]\ncompanySize=small\n") << true;
    }

    void corruptOrFutureSettingsAreIgnoredWithAWarning()
    {
        QFETCH(QByteArray, settings);
        QFETCH(bool, warned);
        const QString home = m_dir.filePath(QStringLiteral("config-%1").arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'-'));
        QDir().mkpath(home + QStringLiteral("/OrgChartExplorer"));
        writeFile(home + QStringLiteral("/OrgChartExplorer/orgchart-explorer.conf"), settings);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home);
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        const QString svg = home + QStringLiteral("/chart.svg");
        const ToolRun run = runTool(QStringLiteral(ORGCHART_EXECUTABLE), {QStringLiteral("--export"), svg}, environment);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(readFile(svg).contains("large company")); // the default, whatever the file said
        if (warned)
            QVERIFY2(run.err.contains(QStringLiteral("newer version; using the defaults")), qPrintable(run.err));
    }

    void aFolderRemovedWhileWritingFailsCleanly()
    {
        const QString folder = m_dir.filePath(QStringLiteral("going-away"));
        QDir().mkpath(folder);
        const QString file = folder + QStringLiteral("/chart.pdf");
        const QString error = writeAtomically(file, [&](QIODevice &device) {
            device.write("%PDF-");
            QDir(folder).removeRecursively(); // someone tidies up while we write
            return true;
        });
        QVERIFY2(error.startsWith(QStringLiteral("cannot write ") + file), qPrintable(error));
        QVERIFY(!QFileInfo::exists(folder));
    }
};

QTEST_MAIN(TestFaults)
#include "tst_faults.moc"
