#include "testsupport.h"

#include "chartview.h"
#include "detailpanel.h"
#include "mainwindow.h"

#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
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

    // Where a text's mnemonic is, the key after its "&" (not "&&"); empty when it has none.
    static QString mnemonic(const QString &text)
    {
        for (qsizetype at = text.indexOf(u'&'); at >= 0 && at + 1 < text.size(); at = text.indexOf(u'&', at + 2))
            if (text[at + 1] != u'&')
                return text.mid(at + 1, 1).toLower();
        return {};
    }

    // Every menu's items, the menu bar's titles among them, with a mnemonic of their own: Alt and a
    // letter must reach one item. Lists what clashes.
    static QStringList clashingMnemonics(const QMenuBar *bar)
    {
        QStringList clashes;
        std::vector<std::pair<QString, QList<QAction *>>> menus{{QStringLiteral("menu bar"), bar->actions()}};
        for (size_t m = 0; m < menus.size(); ++m) { // menus grows as submenus are found
            QHash<QString, QString> taken;
            for (QAction *action : std::as_const(menus[m].second)) {
                if (action->isSeparator() || !action->isVisible())
                    continue;
                if (QMenu *submenu = action->menu())
                    menus.emplace_back(action->text(), submenu->actions());
                const QString key = mnemonic(action->text());
                if (key.isEmpty())
                    continue;
                if (taken.contains(key))
                    clashes << QStringLiteral("%1: \"%2\" and \"%3\" share %4").arg(menus[m].first, taken[key], action->text(), key);
                taken.insert(key, action->text());
            }
        }
        return clashes;
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

        // And it is up to date: every string the sources mark for translation is in it.
        const QString lupdate = QStringLiteral(ORGCHART_LUPDATE);
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.ts"));
        QStringList arguments{QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none")};
        for (const char *folder : {"model", "ui", "app"})
            arguments << QStringLiteral(TEST_DATA_DIR "/../../") + QString::fromLatin1(folder);
        arguments << QStringLiteral("-ts") << fresh;
        const ToolRun run = runTool(lupdate, arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile freshFile(fresh);
        QVERIFY(freshFile.open(QIODevice::ReadOnly));
        const QString committed = QString::fromUtf8(text);
        const QRegularExpression source(QStringLiteral("<source>(.*?)</source>"), QRegularExpression::DotMatchesEverythingOption);
        for (const QRegularExpressionMatch &match : source.globalMatch(QString::fromUtf8(freshFile.readAll())))
            QVERIFY2(committed.contains(match.captured(0)), qPrintable(QStringLiteral("not in the translation: ") + match.captured(1)));
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

    void menuMnemonicsAreUniqueInEachMenu()
    {
        OrgChartModel model;
        model.setChart(builtInChart());
        {
            MainWindow english(&model);
            const QStringList clashes = clashingMnemonics(english.menuBar());
            QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
        }
        QVERIFY(m_translator.load(QLocale(QStringLiteral("id")), QStringLiteral("orgchart-explorer"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        QVERIFY(QCoreApplication::installTranslator(&m_translator));
        MainWindow indonesian(&model);
        const QStringList clashes = clashingMnemonics(indonesian.menuBar());
        QCoreApplication::removeTranslator(&m_translator);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
    }

    void theIndonesianChartSaysTheSameAsTheEnglishOne()
    {
        OrgChartModel english, indonesian;
        english.setChart(loadChart(QStringLiteral(":/charts/leadership.json")));
        indonesian.setChart(loadChart(QStringLiteral(":/charts/leadership_id.json")));
        QCOMPARE(indonesian.chart().nodes.size(), english.chart().nodes.size());
        for (const char *id : {"ceo", "cpo", "cmo"})
            for (CompanySize size : {CompanySize::Small, CompanySize::Large}) {
                english.setCompanySize(size);
                indonesian.setCompanySize(size);
                const QModelIndex a = english.indexForId(QString::fromLatin1(id)), b = indonesian.indexForId(QString::fromLatin1(id));
                QCOMPARE(b.parent().data(OrgChartModel::IdRole), a.parent().data(OrgChartModel::IdRole));
                for (int role : {int(OrgChartModel::ResponsibilitiesRole), int(OrgChartModel::NotesRole), int(OrgChartModel::SourcesRole)})
                    QCOMPARE(b.data(role).toStringList().size(), a.data(role).toStringList().size());
                QCOMPARE(b.data(OrgChartModel::ActingRole), a.data(OrgChartModel::ActingRole));
                QCOMPARE(b.data(OrgChartModel::SizeChangesRole).toStringList().size(), a.data(OrgChartModel::SizeChangesRole).toStringList().size());
            }
        QCOMPARE(indonesian.chart().links.front().points.size(), english.chart().links.front().points.size());
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

        // The built-in chart's role texts come in Indonesian too.
        const QString svg = m_dir.filePath(QStringLiteral("id.svg"));
        const ToolRun exported = runTool(QStringLiteral(ORGCHART_EXECUTABLE),
                                         {QStringLiteral("--lang"), QStringLiteral("id"), QStringLiteral("--company"), QStringLiteral("small"),
                                          QStringLiteral("-e"), svg}, environment);
        QCOMPARE(exported.exitCode, 0);
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString content = QString::fromUtf8(file.readAll());
        QVERIFY(content.contains(QStringLiteral("Bagan kepemimpinan — perusahaan kecil")));
        QVERIFY(content.contains(QStringLiteral("Product Manager merangkap CPO")));
        QVERIFY(content.contains(QStringLiteral("Mengelola tim produk")));
        QVERIFY(content.contains(QStringLiteral("Tanggung jawab: ")));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("id_ID.UTF-8"));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("id_ID.UTF-8"));
        const ToolRun system = runTool(QStringLiteral(ORGCHART_EXECUTABLE), {QStringLiteral("--help")}, environment);
        QVERIFY(system.out.contains(QStringLiteral("Jelajahi siapa mengerjakan apa")));
    }
};

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
