#pragma once

#include <QString>
#include <QVariant>

// What the program remembers between runs, in QSettings. Settings that cannot be trusted
// (unreadable, not a settings file, or written by a newer version) give every value its default,
// one warning on standard error, and are not written over during the run.
namespace Settings {
inline const QString companySize = QStringLiteral("chart/companySize");
inline const QString layout = QStringLiteral("chart/layout");
inline const QString showChanges = QStringLiteral("chart/showChanges");
inline const QString colourBy = QStringLiteral("chart/colourBy"); // a map: a file's absolute path to its column
inline const QString geometry = QStringLiteral("window/geometry");
inline const QString splitter = QStringLiteral("window/splitter");
inline const QString state = QStringLiteral("window/state"); // docks and toolbars
inline const QString exportFolder = QStringLiteral("export/folder");
inline const QString openFolder = QStringLiteral("open/folder");
inline const QString recentFiles = QStringLiteral("open/recentFiles");
constexpr int maxRecentFiles = 8;

QVariant value(const QString &key, const QVariant &fallback = {});
void setValue(const QString &key, const QVariant &value); // also marks the settings as this version's
} // namespace Settings
