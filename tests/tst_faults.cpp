#include "testsupport.h"

#include "atomicfile.h"
#include "chartexport.h"
#include "mainwindow.h"
#include "orgchartwriter.h"
#include "svgexport.h"

#include <QAction>
#include <QDir>
#include <QMessageBox>
#include <QSettings>

#include <cerrno>
#include <cstring>
#include <unistd.h>

using namespace TestSupport;

namespace {

// A device with room for so many bytes, taken a little at a time as a nearly full disk takes
// them; then every write fails, as the disk says.
class FullDevice : public QIODevice
{
public:
    explicit FullDevice(qint64 room)
        : m_room(room)
    {
        open(QIODevice::WriteOnly);
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        if (m_taken >= m_room) {
            setErrorString(QString::fromLocal8Bit(std::strerror(ENOSPC)));
            return -1;
        }
        const qint64 taken = std::min({size, m_room - m_taken, qint64(1000)});
        m_taken += taken;
        return taken;
    }

private:
    qint64 m_room;
    qint64 m_taken = 0;
};

const QString noSpace = QStringLiteral("No space left on device");

} // namespace

// Writing fails in every way a disk can fail: the user gets the reason the system gives, an
// existing file keeps its content, and no temporary file is left behind.
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

    // Mounts a tmpfs of its own; "" when done, else why not.
    QString mountSmall(const QString &options)
    {
        m_mount = m_dir.filePath(QStringLiteral("small-disk"));
        QDir().mkpath(m_mount);
        const ToolRun run = runTool(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), options,
                                                              QStringLiteral("tmpfs"), m_mount});
        if (run.exitCode == 0)
            return {};
        m_mount.clear();
        return QStringLiteral("cannot mount a tmpfs to fill (as uid %1): %2").arg(geteuid()).arg(QString(run.err + run.out).trimmed());
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

    void aDeviceThatFillsUpGivesItsReason_data()
    {
        QTest::addColumn<QString>("format");
        for (const char *format : {"svg", "png", "pdf", "json", "csv"})
            QTest::newRow(format) << QString::fromLatin1(format);
    }

    void aDeviceThatFillsUpGivesItsReason()
    {
        QFETCH(QString, format);
        const ChartScene scene = bigScene();
        const QImage image = format == QLatin1String("png") ? renderChartImage(scene, 0.25, false) : QImage();
        FullDevice device(20000);
        const QString reason = writeWhole(device, [&](QIODevice &whole) {
            if (format == QLatin1String("svg"))
                return writeSvg(scene, exportStyle(), &whole) ? QString() : QStringLiteral("the SVG writer stopped");
            if (format == QLatin1String("png"))
                return writePng(image, whole);
            if (format == QLatin1String("json") || format == QLatin1String("csv")) {
                const bool written = format == QLatin1String("json") ? writeOrgChartJson(m_model.chart(), whole) : writeOrgChartCsv(m_model.chart(), whole);
                return written ? QString() : QStringLiteral("the organisation's writer stopped");
            }
            writePdf(scene, false, whole);
            return QString();
        });
        QCOMPARE(reason, noSpace);
    }

    void aFullDiskGivesTheReasonAndKeepsTheOldFile_data()
    {
        aDeviceThatFillsUpGivesItsReason_data();
    }

    void aFullDiskGivesTheReasonAndKeepsTheOldFile()
    {
        QFETCH(QString, format);
        if (const QString why = mountSmall(QStringLiteral("size=64k")); !why.isEmpty())
            QSKIP(qPrintable(why));
        const QString file = m_mount + QStringLiteral("/chart.") + format;
        writeFile(file, "old content");
        const ChartScene scene = bigScene();
        const QString error = orgChartFormatFor(file) ? saveOrgChart(m_model.chart(), file) : exportChart(scene, file, {});
        QCOMPARE(error, QStringLiteral("cannot write %1: %2").arg(file, noSpace));
        QCOMPARE(readFile(file), QByteArray("old content"));
        QCOMPARE(QDir(m_mount).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("chart.") + format});
    }

    void aReadOnlyFileSystemGivesTheReasonAndKeepsTheOldFile()
    {
        if (const QString why = mountSmall(QStringLiteral("size=1m")); !why.isEmpty())
            QSKIP(qPrintable(why));
        writeFile(m_mount + QStringLiteral("/chart.png"), "old content");
        QCOMPARE(runTool(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_mount}).exitCode, 0);
        m_model.setChart(builtInChart());
        const ChartScene scene = buildChartScene(m_model, exportStyle());
        for (const QString &name : {QStringLiteral("chart.png"), QStringLiteral("new.svg")}) {
            const QString file = m_mount + u'/' + name;
            QCOMPARE(exportChart(scene, file, {}), QStringLiteral("cannot write %1: Read-only file system").arg(file));
        }
        const QString staff = m_mount + QStringLiteral("/staff.csv");
        QCOMPARE(saveOrgChart(m_model.chart(), staff), QStringLiteral("cannot write %1: Read-only file system").arg(staff));
        QCOMPARE(readFile(m_mount + QStringLiteral("/chart.png")), QByteArray("old content"));
        QCOMPARE(QDir(m_mount).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("chart.png")});
    }

    void untrustedSettingsWarnOnceAndAreNotWrittenOver_data()
    {
        QTest::addColumn<QByteArray>("settings");
        QTest::addColumn<QString>("warning"); // "" for none
        QTest::newRow("binary garbage") << QByteArray("\x00\xff[[[\x01zoom=\xfe\n\x00", 15) << QStringLiteral("are not a settings file");
        QTest::newRow("a newer version") << QByteArray("[chart]\ncompanySize=small\n[settings]\nversion=99\n")
                                         << QStringLiteral("come from a newer version");
        QTest::newRow("wrong types") << QByteArray("[chart]\nzoom=lots\ncompanySize=42\n[window]\ngeometry=@Variant(broken\n") << QString();
    }

    void untrustedSettingsWarnOnceAndAreNotWrittenOver()
    {
        QFETCH(QByteArray, settings);
        QFETCH(QString, warning);
        QTemporaryDir home;
        isolateSettings(home);
        const QString file = QSettings().fileName();
        QDir().mkpath(QFileInfo(file).absolutePath());
        writeFile(file, settings);
        static QStringList warnings;
        warnings.clear();
        const QtMessageHandler previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
            if (type == QtWarningMsg && message.contains(QStringLiteral("orgchart-explorer: the settings in")))
                warnings << message;
        });
        {
            OrgChartModel model;
            model.setChart(builtInChart());
            MainWindow window(&model);
            window.show();
            QCOMPARE(MainWindow::savedCompanySize(), CompanySize::Large); // the default, whatever the file said
            window.companySizeAction(CompanySize::Small)->trigger();   // a choice that is remembered
            window.close();                                            // the window's place is remembered
        }
        qInstallMessageHandler(previous);
        if (warning.isEmpty()) {
            QCOMPARE(warnings, QStringList());
            QCOMPARE(QSettings().value(QStringLiteral("chart/companySize")).toString(), QStringLiteral("small"));
        } else {
            QCOMPARE(warnings.size(), 1);
            QVERIFY2(warnings.first().contains(warning), qPrintable(warnings.first()));
            QCOMPARE(readFile(file), settings);
        }
    }

    // File > Save Organisation As…: the message box gives the reason, the old file stays.
    void theWindowSaysWhyTheOrganisationWasNotSaved()
    {
        isolateSettings(m_dir);
        bigScene();
        MainWindow window(&m_model);
        const QString missing = m_dir.filePath(QStringLiteral("no-such-folder/staff.json"));
        QVERIFY(!window.saveOrganisationTo(missing));
        QVERIFY(window.lastMessage());
        QCOMPARE(window.lastMessage()->text(), QStringLiteral("cannot write %1: No such file or directory").arg(missing));
        if (const QString why = mountSmall(QStringLiteral("size=64k")); !why.isEmpty())
            QSKIP(qPrintable(why));
        const QString file = m_mount + QStringLiteral("/staff.csv");
        writeFile(file, "old content");
        QVERIFY(!window.saveOrganisationTo(file));
        QCOMPARE(window.lastMessage()->text(), QStringLiteral("cannot write %1: %2").arg(file, noSpace));
        QCOMPARE(readFile(file), QByteArray("old content"));
        QCOMPARE(QDir(m_mount).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("staff.csv")});
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
        QCOMPARE(error, QStringLiteral("cannot write %1: No such file or directory").arg(file));
        QVERIFY(!QFileInfo::exists(folder));
    }
};

QTEST_MAIN(TestFaults)
#include "tst_faults.moc"
