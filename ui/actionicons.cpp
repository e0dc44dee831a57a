#include "actionicons.h"

#include <QAction>
#include <QEvent>
#include <QFile>
#include <QIcon>
#include <QPainter>
#include <QSvgRenderer>
#include <QWidget>

namespace {

const char *const nameProperty = "actionIconName";
const char *const themeProperty = "actionIconTheme";

// The stroke colour the SVG files are drawn in, replaced by the palette's.
constexpr QLatin1String drawnIn("#1f242e");

QIcon ownIcon(const QString &name, const QColor &colour)
{
    QFile file(QStringLiteral(":/icons/actions/") + name + QStringLiteral(".svg"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = file.readAll();
    svg.replace(QByteArray(drawnIn.data(), drawnIn.size()), colour.name().toLatin1());
    QSvgRenderer renderer(svg);
    if (!renderer.isValid())
        return {};
    QIcon icon;
    for (int side : {16, 22, 24, 32, 48, 64}) { // menus, toolbars, and their high-density screens
        QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(QPixmap::fromImage(image));
    }
    return icon;
}

void draw(QAction *action, const QColor &colour)
{
    const QString theme = action->property(themeProperty).toString();
    action->setIcon(!theme.isEmpty() && QIcon::hasThemeIcon(theme) ? QIcon::fromTheme(theme)
                                                                     : ownIcon(action->property(nameProperty).toString(), colour));
}

class PaletteFollower : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::PaletteChange)
            if (auto *window = qobject_cast<QWidget *>(watched))
                for (QAction *action : window->findChildren<QAction *>())
                    if (action->property(nameProperty).isValid())
                        draw(action, window->palette().color(QPalette::ButtonText));
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void ActionIcons::attach(QAction *action, const QString &name, const QString &themeName)
{
    action->setProperty(nameProperty, name);
    action->setProperty(themeProperty, themeName);
    const QWidget *window = qobject_cast<QWidget *>(action->parent());
    draw(action, (window ? window->palette() : QPalette()).color(QPalette::ButtonText));
}

void ActionIcons::follow(QWidget *window)
{
    window->installEventFilter(new PaletteFollower(window));
}
