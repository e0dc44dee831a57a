#include "chartexport.h"
#include "chartscene.h"
#include "chartview.h"
#include "colourbymenu.h"
#include "mainwindow.h"
#include "orgchartfile.h"
#include "orgchartmodel.h"
#include "orgchartwriter.h"
#include "scenecategories.h"

#include <QCoreApplication>
#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <memory>
#include <cstring>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "orgchart-explorer: %s\n", qPrintable(message));
    return 1;
}

// Work that needs no window runs on the offscreen platform, so it works without a display.
bool runsWithoutWindow(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"--export", "-e", "--help", "-h", "--help-all", "--version", "-v"})
            if (std::strcmp(argv[i], option) == 0 || (std::strncmp(argv[i], "--export=", 9) == 0))
                return true;
    }
    return false;
}

// The language asked for with --lang, else the system's. Read before the parser exists, so that
// --help speaks it too.
QLocale requestedLocale(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--lang") && i + 1 < arguments.size())
            return QLocale(arguments[i + 1]);
        if (arguments[i].startsWith(QLatin1String("--lang=")))
            return QLocale(arguments[i].mid(7));
    }
    return QLocale::system();
}

// Why --export cannot write `target`, or "": a picture of the chart (.svg, .png, .pdf) or the
// organisation (.json, .csv), which is written whole.
QString exportProblem(const QString &target, const QString &scope)
{
    const QString suffix = QFileInfo(target).suffix().toLower();
    if (orgChartFormatFor(target))
        return scope == QLatin1String("all") ? QString()
                                             : QCoreApplication::translate("main", "--scope chooses what a picture of the chart shows; "
                                                                                   "%1 holds the whole organisation").arg(target);
    for (const char *picture : {"svg", "png", "pdf"})
        if (suffix == QLatin1String(picture))
            return {};
    return QCoreApplication::translate("main", "cannot write %1: the name must end in .svg, .png or .pdf (the chart), "
                                               "or .json or .csv (the organisation)").arg(target);
}

// The column --colour-by names, as the chart spells it; empty if the chart has none such.
QString colourColumn(const OrgChart &chart, const QString &asked)
{
    const int column = SceneCategories::findColumn(chart, asked);
    return column >= 0 ? chart.fieldNames[column] : QString();
}

QString colourColumnProblem(const OrgChart &chart, const QString &asked, const QString &file)
{
    const QString name = file.isEmpty() ? QCoreApplication::translate("main", "the built-in chart") : QFileInfo(file).fileName();
    if (chart.fieldNames.isEmpty())
        return QCoreApplication::translate("main", "--colour-by: %1 has no extra columns to colour by").arg(name);
    return QCoreApplication::translate("main", "--colour-by: %1 has no column \"%2\"; its columns: %3")
        .arg(name, asked, chart.fieldNames.join(QStringLiteral(", ")));
}

} // namespace

int main(int argc, char *argv[])
{
    const bool headless = runsWithoutWindow(argc, argv);
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return fail(QCoreApplication::translate("main", "no display to open a window on; use --export FILE to write the chart without one"));

    // Drawing and writing files needs Qt Gui only: without a window, no widgets are set up.
    const std::unique_ptr<QGuiApplication> app = headless ? std::make_unique<QGuiApplication>(argc, argv)
                                                          : std::make_unique<QApplication>(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("OrgChartExplorer"));
    QGuiApplication::setApplicationName(QStringLiteral("orgchart-explorer"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Org Chart Explorer"));
    QGuiApplication::setApplicationVersion(QStringLiteral(ORGCHART_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.orgchartexplorer.OrgChartExplorer"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.orgchartexplorer.OrgChartExplorer.svg")));

    const QLocale locale = requestedLocale(QCoreApplication::arguments());
    QLocale::setDefault(locale);
    QTranslator translator;
    if (translator.load(locale, QStringLiteral("orgchart-explorer"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Explore who does what at the top of a company: "
                                                                     "the CEO, the CPO and the CMO, in a small or a large company."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption companyOption(QStringList{QStringLiteral("c"), QStringLiteral("company")},
                                           QCoreApplication::translate("main", "Company size to show: small or large "
                                                                           "(default: the size chosen last time)."),
                                           QStringLiteral("size"));
    const QCommandLineOption exportOption(QStringList{QStringLiteral("e"), QStringLiteral("export")},
                                          QCoreApplication::translate("main", "Write the chart to <file> and exit, without a window: "
                                                                          "SVG, PNG or PDF, by the file's ending; or the organisation "
                                                                          "itself as JSON or CSV (.json, .csv)."),
                                          QStringLiteral("file"));
    const QCommandLineOption scopeOption(QStringLiteral("scope"),
                                         QCoreApplication::translate("main", "What --export writes: all (everyone, the default), visible "
                                                                         "(what the window opens with) or subtree:ID (that box and everyone below)."),
                                         QStringLiteral("scope"), QStringLiteral("all"));
    const QCommandLineOption layoutOption(QStringLiteral("layout"),
                                          QCoreApplication::translate("main", "How boxes are arranged: compact (teams shaped to fit the window "
                                                                          "or the page, the default), tree or left-right."),
                                          QStringLiteral("layout"));
    const QCommandLineOption expandOption(QStringLiteral("expand"),
                                          QCoreApplication::translate("main", "How much of the chart opens, in the window and for --scope visible: "
                                                                          "all (everyone) or a number of levels (1: only the top); "
                                                                          "default: as many as fill the window."),
                                          QStringLiteral("levels"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QCoreApplication::translate("main", "Language of the window and messages, e.g. id for Indonesian "
                                                                        "(default: the system's)."),
                                        QStringLiteral("code"));
    const QCommandLineOption mapOption(QStringLiteral("map"),
                                       QCoreApplication::translate("main", "Which CSV columns hold what, where the header does not say it plainly: "
                                                                       "e.g. \"id=Emp No,manager=Boss,name=Full Name,title=Role\" "
                                                                       "(keys: id, name, first, last, title, manager)."),
                                       QStringLiteral("columns"));
    const QCommandLineOption colourOption(QStringLiteral("colour-by"),
                                          QCoreApplication::translate("main", "Colour the boxes by the values of an extra column of the file, "
                                                                          "e.g. department (as View > Colour By does)."),
                                          QStringLiteral("column"));
    parser.addOption(companyOption);
    parser.addOption(colourOption);
    parser.addOption(exportOption);
    parser.addOption(scopeOption);
    parser.addOption(layoutOption);
    parser.addOption(expandOption);
    parser.addOption(langOption);
    parser.addOption(mapOption);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("main", "An organisation to open, as CSV or JSON (default: the built-in leadership chart)."),
                                 QStringLiteral("[file]"));
    parser.process(*app);

    CompanySize size = MainWindow::savedCompanySize();
    if (parser.isSet(companyOption)) {
        const auto chosen = companySizeFromKey(parser.value(companyOption).toLower());
        if (!chosen)
            return fail(QCoreApplication::translate("main", "--company takes \"small\" or \"large\", not \"%1\"").arg(parser.value(companyOption)));
        size = *chosen;
    }
    std::optional<ChartLayout> layout;
    if (parser.isSet(layoutOption)) {
        layout = chartLayoutFromKey(parser.value(layoutOption).toLower());
        if (!layout)
            return fail(QCoreApplication::translate("main", "--layout takes compact, tree or left-right, not \"%1\"").arg(parser.value(layoutOption)));
    }
    int levels = 0; // as many as fill the window
    if (parser.isSet(expandOption)) {
        const QString value = parser.value(expandOption).trimmed().toLower();
        bool number = false;
        levels = value == QLatin1String("all") ? -1 : value.toInt(&number);
        if (value != QLatin1String("all") && (!number || levels < 1))
            return fail(QCoreApplication::translate("main", "--expand takes all or a number of levels from 1 up, not \"%1\"").arg(parser.value(expandOption)));
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1)
        return fail(QCoreApplication::translate("main", "one file at a time, not %1; see --help").arg(files.size()));
    const QString file = files.value(0);
    CsvColumnMapping mapping;
    if (parser.isSet(mapOption)) {
        QString problem;
        const std::optional<CsvColumnMapping> given = parseCsvColumnMapping(parser.value(mapOption), &problem);
        if (!given)
            return fail(QStringLiteral("--map: ") + problem);
        if (file.isEmpty())
            return fail(QCoreApplication::translate("main", "--map names the columns of a CSV file: give the file too"));
        mapping = *given;
    }

    // Without a window the file is read here; with one, the window reads it in the background.
    const bool exporting = parser.isSet(exportOption);
    if (const QString problem = exporting ? exportProblem(parser.value(exportOption), parser.value(scopeOption)) : QString(); !problem.isEmpty())
        return fail(problem);
    LoadResult loaded = exporting && !file.isEmpty() ? loadOrgChartFile(file, {}, mapping) : loadOrgChartFile(MainWindow::builtInChartPath());
    for (const QString &warning : std::as_const(loaded.warnings))
        std::fprintf(stderr, "orgchart-explorer: warning: %s\n", qPrintable(warning));
    if (!loaded.chart && loaded.headerNotUnderstood)
        return fail(QCoreApplication::translate("main", "%1. Name the columns with --map, e.g. --map \"id=Emp No,name=Full Name,manager=Boss\"")
                        .arg(loaded.error));
    if (!loaded.chart)
        return fail(loaded.error);
    if (exporting && orgChartFormatFor(parser.value(exportOption))) {
        const QString error = saveOrgChart(*loaded.chart, parser.value(exportOption));
        return error.isEmpty() ? 0 : fail(error);
    }
    OrgChartModel model;
    model.setChart(std::move(*loaded.chart));
    model.setCompanySize(size);

    if (exporting) {
        const QString colourBy = parser.isSet(colourOption) ? colourColumn(model.chart(), parser.value(colourOption)) : QString();
        if (parser.isSet(colourOption) && colourBy.isEmpty())
            return fail(colourColumnProblem(model.chart(), parser.value(colourOption), file));
        const std::optional<ExportRequest> request = ExportRequest::fromScope(parser.value(scopeOption));
        if (!request)
            return fail(QCoreApplication::translate("main", "--scope takes all, visible or subtree:ID, not \"%1\"").arg(parser.value(scopeOption)));
        SceneOptions shown;
        shown.layout = layout.value_or(ChartLayout::Compact);
        shown.colourBy = colourBy;
        const QModelIndexList collapsedList = levels < 0  ? QModelIndexList()
                                              : levels > 0 ? collapsedBelowLevel(model, levels)
                                                           : collapsedForOpening(model);
        const QSet<QModelIndex> collapsed(collapsedList.begin(), collapsedList.end()); // the model stays as it is
        shown.isCollapsed = [&collapsed](const QModelIndex &index) { return collapsed.contains(index); };
        QString note;
        const QString error = exportFile(model, shown, parser.value(exportOption), *request, &note);
        if (!note.isEmpty())
            std::fprintf(stderr, "orgchart-explorer: warning: %s\n", qPrintable(note));
        return error.isEmpty() ? 0 : fail(error);
    }

    MainWindow window(&model);
    window.chartView()->setOpeningLevels(levels);
    if (layout)
        window.setChartLayout(*layout);
    window.show();
    if (!file.isEmpty() && parser.isSet(colourOption)) // chosen once the window has read the file, as from the menu
        QObject::connect(
            &window, &MainWindow::fileOpened, &window,
            [&window, &model, asked = parser.value(colourOption), file] {
                if (const QString column = colourColumn(model.chart(), asked); !column.isEmpty())
                    window.colourByMenu()->choose(column);
                else
                    std::fprintf(stderr, "orgchart-explorer: warning: %s\n", qPrintable(colourColumnProblem(model.chart(), asked, file)));
            },
            Qt::SingleShotConnection);
    if (!file.isEmpty())
        window.openFile(file, parser.isSet(mapOption) ? std::optional(mapping) : std::nullopt);
    window.activateWindow(); // keyboard shortcuts work at once, even where no window manager hands focus over
    return app->exec();
}
