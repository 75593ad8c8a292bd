#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHash>
#include <QHttpServerRequest>
#include <QList>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>

namespace hookmail::test {

// A stateful fake of the Ory Console API for one workspace and one project, on 127.0.0.1 only. It holds the
// project document (nlohmann::json), a revision id that changes on every change, applies JSON Patches for
// real (json::patch, `test` ops included: a failed test → 409), validates the resulting identity
// configuration with valijson against ../shared/reference/ory/kratos-config.schema.json made into Ory
// Network's superset in memory (oryNetworkConfigSchema; invalid → 400 errorGeneric), answers 409 for a stale
// revision, and lets a test change the project "from the Console" between a fetch and a push.
//
// Ory Network's known surprises (issue 17), each switched on by a test: reads that hide hook secrets
// (ory/network#330), a 200 that silently drops keys it does not know (ory/terraform-provider-ory#241), and
// base64 bodies replaced by links to stored copies named by their SHA-512 (#315), served without credentials
// from /storage/<sha512>.jsonnet on the same loopback port.
// Ory Network's identity config schema is a superset of the open-source Kratos one (FACTS.md: no `saml` in
// OSS). Returns `ossSchema` with what Ory Network adds for SAML single sign-on: selfservice.methods.saml
// (`enabled`, `config`; Console API kratos_selfservice_methods_saml_enabled / _config_providers) and the
// `saml` method lists of registration/after and login/after, shaped like the oidc ones. Settings has none.
nlohmann::json oryNetworkConfigSchema(nlohmann::json ossSchema);

class FakeOryServer : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QString path;
        QByteArray authorization;
        QByteArray body;
        int status = 0;
    };

    // `identityConfig` is the project's services.identity.config. `schemaPath` empty → no schema validation.
    FakeOryServer(nlohmann::json identityConfig, const QString &schemaPath, QObject *parent = nullptr);
    ~FakeOryServer() override;

    bool listen();           // on a free loopback port
    QString baseUrl() const; // http://127.0.0.1:<port>
    static QString projectId() { return QStringLiteral("5f1d0bde-4a44-4c4e-9a43-3c6f4a2f0001"); }
    static QString workspaceId() { return QStringLiteral("0c8a3d9e-1b2c-4d5e-8f90-a1b2c3d4e5f6"); }
    static QString workspaceKey() { return QStringLiteral("ory_wak_FAKEtestWorkspaceKey0123456789"); }

    const nlohmann::json &identityConfig() const { return m_project["services"]["identity"]["config"]; }
    QString revisionId() const { return QString::fromStdString(m_project["revision_id"].get<std::string>()); }
    // An edit made "in the Ory Console": changes the config and the revision.
    void modifyFromConsole(const std::function<void(nlohmann::json &config)> &edit);
    // Runs once, right before the next PATCH is handled (to simulate an edit between fetch and push).
    void beforeNextPatch(std::function<void()> hook) { m_beforeNextPatch = std::move(hook); }
    // Warnings returned by the next successful patches.
    void setWarnings(QList<QPair<qint64, QString>> warnings) { m_warnings = std::move(warnings); }
    // Forces the next response to this status with an errorGeneric body (e.g. 500), once.
    void failNextRequest(int status) { m_failNext = status; }

    // Reads (GET and the PATCH answer) show basic_auth passwords and api_key values as "" (stored intact).
    void setHideSecretsOnRead(bool on) { m_hideSecrets = on; }
    // Every successful PATCH drops `key` from the config of every web_hook (what Ory "does not know").
    void setDroppedHookKey(const QString &key) { m_droppedKey = key; }
    // Every successful PATCH replaces base64:// bodies by links to stored copies.
    void setStoreBodies(bool on) { m_storeBodies = on; }
    QString storageUrl(const QByteArray &content) const; // the link a stored copy of `content` gets
    // Replaces what a stored link serves (a tampered copy).
    void setStoredContent(const QString &url, const QByteArray &content);

    const QList<Request> &requests() const { return m_requests; }
    int patchCount() const;

private:
    struct Reply
    {
        int status = 200;
        QByteArray body;
    };
    class Server;
    friend class Server;
    Reply handle(const QHttpServerRequest &request);
    Reply patchProject(const QString &revision, const QByteArray &body);
    QString validate(const nlohmann::json &config) const; // empty when valid
    void bumpRevision();
    void afterPatch(nlohmann::json &config);
    nlohmann::json shown(const nlohmann::json &project) const; // the project as a read shows it

    std::unique_ptr<Server> m_server;
    quint16 m_port = 0;
    nlohmann::json m_project;
    QString m_schemaPath;
    std::function<void()> m_beforeNextPatch;
    QList<QPair<qint64, QString>> m_warnings;
    int m_failNext = 0;
    QList<Request> m_requests;
    bool m_hideSecrets = false;
    QString m_droppedKey;
    bool m_storeBodies = false;
    QHash<QString, QByteArray> m_storage; // file name → content
};

// The Network-like default identity config in tests/data/ory (docs/ARCHITECTURE.md, Ory §1/§8: registration
// method lists with show_verification_ui/session), plus a CRM web_hook with an api_key that is "someone
// else's" hook.
nlohmann::json networkDefaultIdentityConfig();

} // namespace hookmail::test
