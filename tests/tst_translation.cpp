#include "testsupport.h"

#include "chartview.h"
#include "detailpanel.h"
#include "mainwindow.h"

#include <QMenuBar>
#include <QTranslator>

using namespace TestSupport;

// The Indonesian translation: loaded the way the program loads it, it changes what a user reads.
class TestTranslation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTranslator m_translator;

    static QStringList menuTitles(const MainWindow &window)
    {
        QStringList titles;
        for (QAction *menu : window.menuBar()->actions())
            titles << menu->text();
        return titles;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateSettings(m_dir);
    }

    void everyMessageIsTranslated()
    {
        QFile ts(QStringLiteral(TEST_DATA_DIR "/../../resources/translations/orgchart-explorer_id.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QByteArray text = ts.readAll();
        QVERIFY(text.count("<message") > 150);
        QCOMPARE(text.count("type=\"unfinished\""), 0);
    }

    void indonesianChangesMenusPanelAndMessages()
    {
        OrgChartModel model;
        model.setChart(builtInChart());
        {
            MainWindow english(&model);
            QCOMPARE(menuTitles(english), (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"), QStringLiteral("&Help")}));
        }
        QVERIFY(m_translator.load(QLocale(QStringLiteral("id")), QStringLiteral("orgchart-explorer"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        QVERIFY(QCoreApplication::installTranslator(&m_translator));
        MainWindow window(&model);
        QCOMPARE(menuTitles(window), (QStringList{QStringLiteral("&Berkas"), QStringLiteral("&Sunting"), QStringLiteral("&Tampilan"), QStringLiteral("Ba&ntuan")}));
        QVERIFY(window.detailPanel()->toPlainText().contains(QStringLiteral("Klik kotak pada bagan")));
        window.chartView()->setCurrentIndex(model.indexForId(QStringLiteral("cpo")));
        QVERIFY(window.detailPanel()->toPlainText().contains(QStringLiteral("Tanggung jawab")));
        QVERIFY(window.chartView()->scene().texts[size_t(window.chartView()->scene().headerTexts[1])].text == QStringLiteral("melapor kepada"));
        const LoadResult failed = loadOrgChartFile(dataFile(QStringLiteral("wrong-field-count.csv")));
        QVERIFY2(failed.error.contains(QStringLiteral("diharapkan 4 kolom seperti pada tajuk, ditemukan 5")), qPrintable(failed.error));
        QCoreApplication::removeTranslator(&m_translator);
    }

    void commandLineSpeaksTheLanguageAskedFor()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        environment.remove(QStringLiteral("DISPLAY"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.path());
        const ToolRun help = runTool(QStringLiteral(ORGCHART_EXECUTABLE), {QStringLiteral("--lang"), QStringLiteral("id"), QStringLiteral("--help")}, environment);
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("Jelajahi siapa mengerjakan apa")));
        const ToolRun failed = runTool(QStringLiteral(ORGCHART_EXECUTABLE),
                                       {QStringLiteral("--lang=id"), dataFile(QStringLiteral("cycle.csv")), QStringLiteral("-e"), m_dir.filePath(QStringLiteral("x.svg"))},
                                       environment);
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.err.contains(QStringLiteral("siklus pelaporan")), qPrintable(failed.err));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("id_ID.UTF-8"));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("id_ID.UTF-8"));
        const ToolRun system = runTool(QStringLiteral(ORGCHART_EXECUTABLE), {QStringLiteral("--help")}, environment);
        QVERIFY(system.out.contains(QStringLiteral("Jelajahi siapa mengerjakan apa")));
    }
};

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
