#include "testsupport.h"

#include "chartexport.h"
#include "svgexport.h"

#include <QBuffer>
#include <QPainter>
#include <QSvgRenderer>

using namespace TestSupport;

// Every exported SVG is one that Qt Svg itself reads and draws as the screen does: the files stay
// within what QSvgRenderer (SVG Tiny 1.2 and CSS classes) understands.
class TestSvgRender : public QObject
{
    Q_OBJECT

private:
    static QImage drawnByQtSvg(const QByteArray &svg, const QSize &size)
    {
        QSvgRenderer renderer(svg);
        if (!renderer.isValid())
            return {};
        QImage image(size, QImage::Format_RGB32);
        image.fill(Qt::magenta); // shows through wherever the file draws nothing
        QPainter painter(&image);
        renderer.render(&painter, QRectF(QPointF(), QSizeF(size)));
        return image;
    }

    // How many of the pixels differ by more than a faint tint, once both pictures are reduced to
    // a quarter (text is laid out by two engines and may move by a pixel; shapes and colours not).
    static double differingShare(const QImage &a, const QImage &b)
    {
        const QSize small = a.size() / 4;
        const QImage x = a.scaled(small, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        const QImage y = b.scaled(small, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        qint64 differing = 0;
        for (int row = 0; row < small.height(); ++row)
            for (int column = 0; column < small.width(); ++column) {
                const QRgb p = x.pixel(column, row), q = y.pixel(column, row);
                differing += std::max({std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)), std::abs(qBlue(p) - qBlue(q))}) > 48;
            }
        return double(differing) / double(qint64(small.width()) * small.height());
    }

private Q_SLOTS:
    void qtSvgDrawsEachExportAsTheScreenPaintsIt_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<CompanySize>("size");
        QTest::addColumn<bool>("showChanges");
        const QString builtIn = QStringLiteral(":/charts/leadership.json");
        QTest::newRow("built-in, small company") << builtIn << CompanySize::Small << false;
        QTest::newRow("built-in, large company") << builtIn << CompanySize::Large << false;
        QTest::newRow("built-in, small company, changes shown") << builtIn << CompanySize::Small << true;
        QTest::newRow("awkward names") << dataFile(QStringLiteral("awkward-names.json")) << CompanySize::Large << false;
    }

    void qtSvgDrawsEachExportAsTheScreenPaintsIt()
    {
        QFETCH(QString, file);
        QFETCH(CompanySize, size);
        QFETCH(bool, showChanges);
        OrgChartModel model;
        model.setChart(loadChart(file));
        model.setCompanySize(size);
        QString error;
        SceneOptions options;
        options.showChanges = showChanges;
        const std::optional<ChartScene> scene = exportScene(model, options, ExportRequest(), &error);
        QVERIFY2(scene, qPrintable(error));
        QBuffer svg;
        QVERIFY(svg.open(QIODevice::WriteOnly));
        QVERIFY(writeSvg(*scene, exportStyle(), &svg));

        const QImage painted = renderChartImage(*scene, 1, false, {});
        const QImage drawn = drawnByQtSvg(svg.data(), painted.size());
        QVERIFY2(!drawn.isNull(), "Qt Svg cannot read the file");
        const double share = differingShare(painted, drawn);
        if (share >= 0.02) {
            painted.save(QDir::temp().filePath(QStringLiteral("tst_svgrender-painted.png")));
            drawn.save(QDir::temp().filePath(QStringLiteral("tst_svgrender-qtsvg.png")));
        }
        QVERIFY2(share < 0.02, qPrintable(QStringLiteral("%1 % of the picture differs (pictures in %2)").arg(share * 100, 0, 'f', 1).arg(QDir::tempPath())));
    }
};

QTEST_MAIN(TestSvgRender)
#include "tst_svgrender.moc"
