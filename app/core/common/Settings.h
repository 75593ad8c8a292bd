#pragma once

#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace hookmail {

// The one typed wrapper around QSettings: every key with its default and scope is listed in
// Settings.cpp. Never stores a secret. Environment overrides (HOOKMAIL_MANDRILL_URL, HOOKMAIL_ORY_URL)
// win over stored values so CI can aim the CLI at a local mock.
class Settings
{
public:
    Settings();
    explicit Settings(const QString &iniPath); // tests

    QString mandrillBaseUrl() const; // default https://mandrillapp.com/api/1.0
    void setMandrillBaseUrl(const QString &url);
    QString oryBaseUrl() const; // default https://api.console.ory.com
    void setOryBaseUrl(const QString &url);

    QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    QString lastProject() const;
    void setLastProject(const QString &path);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    bool firstRunGuideDismissed() const;
    void setFirstRunGuideDismissed(bool dismissed);
    bool loadRemoteImages() const;
    void setLoadRemoteImages(bool load);

    static QString defaultMandrillBaseUrl();
    static QString defaultOryBaseUrl();

private:
    QVariant value(const QString &key, const QVariant &fallback) const;
    void setValue(const QString &key, const QVariant &value);
    std::unique_ptr<QSettings> m_settings;
};

// Refuses plain http except to loopback; returns an error text, empty when the URL is acceptable.
QString checkApiBaseUrl(const QString &url);

} // namespace hookmail
