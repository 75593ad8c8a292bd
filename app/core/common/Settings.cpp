#include "core/common/Settings.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

namespace hookmail {

namespace key {
// key                                   default                         scope
const QString mandrillBaseUrl = QStringLiteral("mandrill/baseUrl");       // defaultMandrillBaseUrl()  user
const QString oryBaseUrl = QStringLiteral("ory/baseUrl");                 // defaultOryBaseUrl()       user
const QString recentFiles = QStringLiteral("documents/recent");           // []                        user
const QString lastProject = QStringLiteral("documents/last");             // ""                        user
const QString geometry = QStringLiteral("window/geometry");               // empty                     user
const QString state = QStringLiteral("window/state");                     // empty                     user
const QString guideDismissed = QStringLiteral("firstRun/guideDismissed"); // false               user
const QString remoteImages = QStringLiteral("preview/loadRemoteImages");  // false               user
} // namespace key

Settings::Settings() : m_settings(std::make_unique<QSettings>()) {}

Settings::Settings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{}

QVariant Settings::value(const QString &k, const QVariant &fallback) const
{
    return m_settings->value(k, fallback);
}

void Settings::setValue(const QString &k, const QVariant &v)
{
    m_settings->setValue(k, v);
}

QString Settings::defaultMandrillBaseUrl()
{
    return QStringLiteral("https://mandrillapp.com/api/1.0");
}

QString Settings::defaultOryBaseUrl()
{
    return QStringLiteral("https://api.console.ory.com");
}

QString Settings::mandrillBaseUrl() const
{
    const QString env = qEnvironmentVariable("HOOKMAIL_MANDRILL_URL");
    if (!env.isEmpty())
        return env;
    return value(key::mandrillBaseUrl, defaultMandrillBaseUrl()).toString();
}

void Settings::setMandrillBaseUrl(const QString &url)
{
    setValue(key::mandrillBaseUrl, url);
}

QString Settings::oryBaseUrl() const
{
    const QString env = qEnvironmentVariable("HOOKMAIL_ORY_URL");
    if (!env.isEmpty())
        return env;
    return value(key::oryBaseUrl, defaultOryBaseUrl()).toString();
}

void Settings::setOryBaseUrl(const QString &url)
{
    setValue(key::oryBaseUrl, url);
}

QStringList Settings::recentFiles() const
{
    return value(key::recentFiles, QStringList{}).toStringList();
}

void Settings::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > 10)
        files.removeLast();
    setValue(key::recentFiles, files);
}

QString Settings::lastProject() const
{
    return value(key::lastProject, QString()).toString();
}

void Settings::setLastProject(const QString &path)
{
    setValue(key::lastProject, path);
}

QByteArray Settings::windowGeometry() const
{
    return value(key::geometry, QByteArray()).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &g)
{
    setValue(key::geometry, g);
}

QByteArray Settings::windowState() const
{
    return value(key::state, QByteArray()).toByteArray();
}

void Settings::setWindowState(const QByteArray &s)
{
    setValue(key::state, s);
}

bool Settings::firstRunGuideDismissed() const
{
    return value(key::guideDismissed, false).toBool();
}

void Settings::setFirstRunGuideDismissed(bool d)
{
    setValue(key::guideDismissed, d);
}

bool Settings::loadRemoteImages() const
{
    return value(key::remoteImages, false).toBool();
}

void Settings::setLoadRemoteImages(bool load)
{
    setValue(key::remoteImages, load);
}

QString checkApiBaseUrl(const QString &text)
{
    const QUrl url(text.trimmed());
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("Settings", "“%1” is not a valid URL.").arg(text);
    if (url.scheme() == u"https")
        return {};
    if (url.scheme() != u"http")
        return QCoreApplication::translate("Settings", "Only https:// URLs are allowed (got “%1”).")
            .arg(text);
    const QString host = url.host();
    QHostAddress address(host);
    if (host == u"localhost" || (!address.isNull() && address.isLoopback()))
        return {};
    return QCoreApplication::translate(
        "Settings", "Plain http:// is refused except to this computer (127.0.0.1 / localhost): "
                    "the API key would travel unencrypted. Use https://.");
}

} // namespace hookmail
