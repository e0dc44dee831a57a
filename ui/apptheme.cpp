#include "apptheme.h"

#include "appsettings.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QPalette>
#include <QStyle>

namespace {

// Dark widgets whose colours sit with the chart's dark style (render/chartstyle.cpp), every text
// at WCAG AA contrast on its background.
QPalette darkPalette()
{
    const QColor window(0x26, 0x29, 0x2e), base(0x1c, 0x1f, 0x24), text(0xe8, 0xeb, 0xf0), muted(0x8f, 0x97, 0xa3);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2f, 0x37));
    palette.setColor(QPalette::ToolTipBase, QColor(0x33, 0x38, 0x40));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, muted);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x33, 0x38, 0x40));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    palette.setColor(QPalette::Light, QColor(0x44, 0x4a, 0x54));
    palette.setColor(QPalette::Midlight, QColor(0x3a, 0x40, 0x49));
    palette.setColor(QPalette::Mid, QColor(0x2e, 0x33, 0x3a));
    palette.setColor(QPalette::Dark, QColor(0x15, 0x17, 0x1b));
    palette.setColor(QPalette::Shadow, QColor(0x0b, 0x0c, 0x0e));
    palette.setColor(QPalette::Highlight, QColor(0x3a, 0x6f, 0xc4));
    palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    palette.setColor(QPalette::Link, QColor(0x8c, 0xb8, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xc0, 0xa6, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, muted);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x44, 0x4a, 0x54));
    return palette;
}

} // namespace

void Theme::apply(AppTheme theme)
{
    static const QPalette system = QApplication::palette(); // before any theme of ours
    switch (theme) {
    case AppTheme::System:
        QApplication::setPalette(system);
        break;
    case AppTheme::Light:
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case AppTheme::Dark:
        QApplication::setPalette(darkPalette());
        break;
    }
}

AppTheme Theme::saved()
{
    const QString name = Settings::value(settingsKey).toString();
    return name == QLatin1String("dark") ? AppTheme::Dark : name == QLatin1String("light") ? AppTheme::Light : AppTheme::System;
}

void Theme::save(AppTheme theme)
{
    Settings::setValue(settingsKey, theme == AppTheme::Dark    ? QStringLiteral("dark")
                                    : theme == AppTheme::Light ? QStringLiteral("light")
                                                               : QStringLiteral("system"));
}

void Theme::fillMenu(QMenu *menu)
{
    const AppTheme current = saved();
    auto *group = new QActionGroup(menu);
    const std::pair<AppTheme, QString> choices[] = {{AppTheme::System, QCoreApplication::translate("Theme", "&System")},
                                                    {AppTheme::Light, QCoreApplication::translate("Theme", "&Light")},
                                                    {AppTheme::Dark, QCoreApplication::translate("Theme", "&Dark")}};
    for (const auto &[theme, text] : choices) {
        QAction *action = menu->addAction(text);
        action->setObjectName(theme == AppTheme::System ? QStringLiteral("themeSystem")
                              : theme == AppTheme::Light ? QStringLiteral("themeLight")
                                                         : QStringLiteral("themeDark"));
        action->setCheckable(true);
        action->setChecked(theme == current);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, menu, [theme] {
            apply(theme);
            save(theme);
        });
    }
    apply(current);
}
