#include "appsettings.h"

#include "orgchartfile.h"

#include <QFile>
#include <QSettings>

namespace Settings {
namespace {

const QString version = QStringLiteral("settings/version");
constexpr int currentVersion = 1;

// Why the settings file cannot be trusted, or "" when it can.
QString distrust(const QSettings &settings)
{
    QFile file(settings.fileName());
    if (!file.exists())
        return {}; // a first run
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot be read (%1)").arg(file.errorString());
    const QByteArray bytes = file.readAll();
    // QSettings reads binary garbage as a few odd keys without complaint.
    if (settings.status() == QSettings::FormatError || bytes.contains('\0') || LoadSupport::firstInvalidUtf8(bytes) >= 0)
        return QStringLiteral("are not a settings file");
    if (settings.value(version, currentVersion).toInt() > currentVersion)
        return QStringLiteral("come from a newer version");
    return {};
}

// Checked once for each settings file (tests and the command line may point QSettings elsewhere).
bool trusted()
{
    static QString checkedFile;
    static bool trust = true;
    const QSettings settings;
    if (settings.fileName() != checkedFile) {
        checkedFile = settings.fileName();
        const QString why = distrust(settings);
        trust = why.isEmpty();
        if (!trust)
            qWarning("orgchart-explorer: the settings in %s %s; using the defaults and leaving the file as it is",
                     qPrintable(checkedFile), qPrintable(why));
    }
    return trust;
}

} // namespace

QVariant value(const QString &key, const QVariant &fallback)
{
    return trusted() ? QSettings().value(key, fallback) : fallback;
}

void setValue(const QString &key, const QVariant &value)
{
    if (!trusted())
        return;
    QSettings settings;
    settings.setValue(key, value);
    settings.setValue(version, currentVersion);
}

} // namespace Settings
