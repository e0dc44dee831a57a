#include "chartscene.h"
#include "mainwindow.h"
#include "orgchartfile.h"
#include "orgchartmodel.h"
#include "svgexport.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>
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

} // namespace

int main(int argc, char *argv[])
{
    const bool headless = runsWithoutWindow(argc, argv);
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return fail(QStringLiteral("no display to open a window on; use --export FILE to write the chart without one"));

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OrgChartExplorer"));
    QApplication::setApplicationName(QStringLiteral("orgchart-explorer"));
    QApplication::setApplicationDisplayName(QStringLiteral("Org Chart Explorer"));
    QApplication::setApplicationVersion(QStringLiteral(ORGCHART_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.orgchartexplorer.OrgChartExplorer"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Explore who does what at the top of a company: "
                                                                     "the CEO, the CPO and the CMO, in a small or a large company."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption companyOption(QStringList{QStringLiteral("c"), QStringLiteral("company")},
                                           QApplication::translate("main", "Company size to show: small or large "
                                                                           "(default: the size chosen last time)."),
                                           QStringLiteral("size"));
    const QCommandLineOption exportOption(QStringList{QStringLiteral("e"), QStringLiteral("export")},
                                          QApplication::translate("main", "Write the chart as SVG to <file> and exit, without a window."),
                                          QStringLiteral("file"));
    parser.addOption(companyOption);
    parser.addOption(exportOption);
    parser.process(app);

    CompanySize size = MainWindow::savedCompanySize();
    if (parser.isSet(companyOption)) {
        const auto chosen = companySizeFromKey(parser.value(companyOption).toLower());
        if (!chosen)
            return fail(QStringLiteral("--company takes \"small\" or \"large\", not \"%1\"").arg(parser.value(companyOption)));
        size = *chosen;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument \"%1\"; see --help").arg(parser.positionalArguments().constFirst()));

    LoadResult loaded = loadOrgChartFile(QStringLiteral(":/charts/leadership.json"));
    if (!loaded.chart)
        return fail(loaded.error);
    OrgChartModel model;
    model.setChart(std::move(*loaded.chart));
    model.setCompanySize(size);

    if (parser.isSet(exportOption)) {
        const ChartStyle style = ChartStyle::light();
        const QString error = exportSvg(buildChartScene(model, style), style, parser.value(exportOption));
        return error.isEmpty() ? 0 : fail(error);
    }

    MainWindow window(&model);
    window.show();
    window.activateWindow(); // keyboard shortcuts work at once, even where no window manager hands focus over
    return app.exec();
}
