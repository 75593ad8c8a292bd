#include "FakeOryServer.h"

#include "TestEnv.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHttpServerResponder>
#include <QTcpSocket>
#include <QUuid>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

namespace hookmail::test {

using nlohmann::json;

class FakeOryServer::Server : public QAbstractHttpServer
{
public:
    explicit Server(FakeOryServer *owner) : m_owner(owner) {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        const Reply reply = m_owner->handle(request);
        makeResponder(request, socket)
            .write(reply.body, QByteArrayLiteral("application/json"),
                   static_cast<QHttpServerResponder::StatusCode>(reply.status));
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    FakeOryServer *m_owner;
};

namespace {

QByteArray errorBody(int status, const QString &message, const QString &reason = {})
{
    json e = {{"error", {{"code", status}, {"message", message.toStdString()}}}};
    if (!reason.isEmpty())
        e["error"]["reason"] = reason.toStdString();
    return QByteArray::fromStdString(e.dump());
}

const json *emptySchema(const std::string &)
{
    static const json empty = json::object();
    return &empty;
}

void freeNothing(const json *) {}

} // namespace

// Patched in memory only: the file under ../shared stays the open-source schema.
json oryNetworkConfigSchema(json schema)
{
    json &definitions = schema["definitions"];
    definitions["selfServiceAfterRegistration"]["properties"]["saml"] = {
        {"$ref", "#/definitions/selfServiceAfterRegistrationMethod"}};
    definitions["selfServiceAfterLogin"]["properties"]["saml"] = {
        {"$ref", "#/definitions/selfServiceAfterOIDCLoginMethod"}};
    schema["properties"]["selfservice"]["properties"]["methods"]["properties"]["saml"] = {
        {"type", "object"},
        {"additionalProperties", false},
        {"properties", {{"enabled", {{"type", "boolean"}}}, {"config", {{"type", "object"}}}}}};
    return schema;
}

json networkDefaultIdentityConfig()
{
    const QByteArray bytes =
        readFile(testDataDir() + QStringLiteral("/ory/network-default-identity-config.json"));
    return json::parse(bytes.toStdString());
}

FakeOryServer::FakeOryServer(json identityConfig, const QString &schemaPath, QObject *parent)
    : QObject(parent), m_server(std::make_unique<Server>(this)), m_schemaPath(schemaPath)
{
    m_project = {{"id", projectId().toStdString()},
                 {"revision_id", QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString()},
                 {"name", "Hookmail test project"},
                 {"slug", "hookmail-test"},
                 {"state", "running"},
                 {"environment", "dev"},
                 {"home_region", "eu-central"},
                 {"organizations", json::array()},
                 {"workspace_id", workspaceId().toStdString()},
                 {"cors_admin", {{"enabled", false}, {"origins", json::array()}}},
                 {"cors_public", {{"enabled", false}, {"origins", json::array()}}},
                 {"services",
                  {{"identity", {{"config", std::move(identityConfig)}}},
                   {"oauth2", {{"config", {{"ttl", {{"access_token", "1h"}}}}}}}}}};
}

FakeOryServer::~FakeOryServer() = default;

bool FakeOryServer::listen()
{
    m_port = m_server->listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QString FakeOryServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

void FakeOryServer::bumpRevision()
{
    m_project["revision_id"] = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
}

void FakeOryServer::modifyFromConsole(const std::function<void(json &)> &edit)
{
    edit(m_project["services"]["identity"]["config"]);
    bumpRevision();
}

int FakeOryServer::patchCount() const
{
    int n = 0;
    for (const Request &r : m_requests)
        n += r.method == "PATCH" && r.status == 200;
    return n;
}

FakeOryServer::Reply FakeOryServer::handle(const QHttpServerRequest &request)
{
    Request record;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        record.method = "GET";
        break;
    case QHttpServerRequest::Method::Patch:
        record.method = "PATCH";
        break;
    default:
        record.method = "OTHER";
    }
    record.path = request.url().path();
    record.authorization = request.value("Authorization");
    record.body = request.body();
    const Reply reply = [&]() -> Reply {
        if (m_failNext != 0) {
            const int status = std::exchange(m_failNext, 0);
            return {status, errorBody(status, QStringLiteral("Simulated failure"))};
        }
        // Stored copies need no credentials (that is the point the user is told about).
        if (record.method == "GET" && record.path.startsWith(u"/storage/")) {
            const auto it = m_storage.constFind(record.path.mid(9));
            if (it == m_storage.constEnd())
                return {404, errorBody(404, QStringLiteral("No such object"))};
            return {200, *it};
        }
        if (record.authorization != "Bearer " + workspaceKey().toUtf8())
            return {401, errorBody(401, QStringLiteral("The request could not be authorized"),
                                   QStringLiteral("Invalid workspace API key"))};
        const QStringList parts = record.path.split(u'/', Qt::SkipEmptyParts);
        const json summary = {{"id", m_project["id"]},
                              {"name", m_project["name"]},
                              {"slug", m_project["slug"]},
                              {"state", m_project["state"]},
                              {"environment", m_project["environment"]},
                              {"home_region", m_project["home_region"]},
                              {"hosts", json::array({"hookmail-test.projects.oryapis.com"})},
                              {"created_at", "2026-01-01T00:00:00Z"},
                              {"updated_at", "2026-01-01T00:00:00Z"},
                              {"workspace_id", m_project["workspace_id"]}};
        if (record.method == "GET" && parts == QStringList{QStringLiteral("workspaces")}) {
            json body = {{"workspaces", json::array({{{"id", workspaceId().toStdString()},
                                                      {"name", "Hookmail test workspace"},
                                                      {"created_at", "2026-01-01T00:00:00Z"},
                                                      {"updated_at", "2026-01-01T00:00:00Z"}}})},
                         {"next_page_token", ""},
                         {"has_next_page", false}};
            return {200, QByteArray::fromStdString(body.dump())};
        }
        if (record.method == "GET" && parts == QStringList{QStringLiteral("projects")})
            return {200, QByteArray::fromStdString(json::array({summary}).dump())};
        if (record.method == "GET" && parts.size() == 3 && parts[0] == u"workspaces" &&
            parts[2] == u"projects") {
            if (parts[1] != workspaceId())
                return {403, errorBody(403, QStringLiteral("Access denied"))};
            json body = {{"projects", json::array({summary})}, {"next_page", ""}, {"has_next_page", false}};
            return {200, QByteArray::fromStdString(body.dump())};
        }
        if (parts.size() >= 2 && parts[0] == u"projects" && parts[1] != projectId())
            return {404, errorBody(404, QStringLiteral("Unable to locate the resource"),
                                   QStringLiteral("Project not found"))};
        if (record.method == "GET" && parts.size() == 2 && parts[0] == u"projects")
            return {200, QByteArray::fromStdString(shown(m_project).dump())};
        if (record.method == "PATCH" && parts.size() == 4 && parts[0] == u"projects" &&
            parts[2] == u"revision") {
            if (m_beforeNextPatch)
                std::exchange(m_beforeNextPatch, nullptr)();
            return patchProject(parts[3], record.body);
        }
        return {404, errorBody(404, QStringLiteral("No such route in the fake Ory Console"))};
    }();
    record.status = reply.status;
    m_requests.append(record);
    return reply;
}

FakeOryServer::Reply FakeOryServer::patchProject(const QString &revision, const QByteArray &body)
{
    if (revision != revisionId())
        return {409, errorBody(409, QStringLiteral("The project was modified concurrently"),
                               QStringLiteral("Revision %1 is not the current revision").arg(revision))};
    const json patch = json::parse(body.toStdString(), nullptr, false);
    if (!patch.is_array())
        return {400,
                errorBody(400, QStringLiteral("The request was malformed or contained invalid parameters"),
                          QStringLiteral("The body is not a JSON Patch array"))};
    json patched;
    try {
        patched = m_project.patch(patch);
    } catch (const json::other_error &e) {
        // nlohmann reports a failed "test" operation as other_error 501.
        return {409, errorBody(409, QStringLiteral("A JSON Patch test operation failed"),
                               QString::fromUtf8(e.what()))};
    } catch (const json::exception &e) {
        return {400,
                errorBody(400, QStringLiteral("The request was malformed or contained invalid parameters"),
                          QString::fromUtf8(e.what()))};
    }
    if (patched["id"] != m_project["id"] || patched["revision_id"] != m_project["revision_id"])
        return {400, errorBody(400, QStringLiteral("Read-only fields cannot be changed"))};
    const QString invalid = validate(patched["services"]["identity"]["config"]);
    if (!invalid.isEmpty())
        return {400,
                errorBody(400, QStringLiteral("The request was malformed or contained invalid parameters"),
                          u"Unable to validate config: " + invalid)};
    afterPatch(patched["services"]["identity"]["config"]);
    m_project = patched;
    bumpRevision();
    json warnings = json::array();
    for (const auto &[code, message] : m_warnings)
        warnings.push_back({{"code", code}, {"message", message.toStdString()}});
    return {200,
            QByteArray::fromStdString(json{{"project", shown(m_project)}, {"warnings", warnings}}.dump())};
}

namespace {

// Calls `visit` with the config of every web_hook in the identity config's hook lists.
void forEachWebHookConfig(json &config, const std::function<void(json &hookConfig)> &visit)
{
    if (!config.contains("selfservice") || !config["selfservice"].contains("flows"))
        return;
    const std::function<void(json &)> walk = [&](json &node) {
        if (node.is_object()) {
            if (node.value("hook", std::string()) == "web_hook" && node.contains("config") &&
                node["config"].is_object())
                visit(node["config"]);
            for (auto &[key, value] : node.items())
                walk(value);
        } else if (node.is_array()) {
            for (json &value : node)
                walk(value);
        }
    };
    walk(config["selfservice"]["flows"]);
}

} // namespace

QString FakeOryServer::storageUrl(const QByteArray &content) const
{
    return baseUrl() + QStringLiteral("/storage/") +
           QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha512).toHex()) +
           QStringLiteral(".jsonnet");
}

void FakeOryServer::setStoredContent(const QString &url, const QByteArray &content)
{
    m_storage.insert(url.section(u'/', -1), content);
}

void FakeOryServer::afterPatch(json &config)
{
    forEachWebHookConfig(config, [this](json &hookConfig) {
        if (!m_droppedKey.isEmpty())
            hookConfig.erase(m_droppedKey.toStdString());
        const std::string body = hookConfig.value("body", std::string());
        if (m_storeBodies && body.rfind("base64://", 0) == 0) {
            const QByteArray content = QByteArray::fromBase64(QByteArray::fromStdString(body.substr(9)));
            const QString url = storageUrl(content);
            m_storage.insert(url.section(u'/', -1), content);
            hookConfig["body"] = url.toStdString();
        }
    });
}

json FakeOryServer::shown(const json &project) const
{
    if (!m_hideSecrets)
        return project;
    json copy = project;
    forEachWebHookConfig(copy["services"]["identity"]["config"], [](json &hookConfig) {
        if (!hookConfig.contains("auth") || !hookConfig["auth"].contains("config"))
            return;
        json &auth = hookConfig["auth"]["config"];
        for (const char *secret : {"password", "value"}) {
            if (auth.contains(secret))
                auth[secret] = "";
        }
    });
    return copy;
}

QString FakeOryServer::validate(const json &config) const
{
    if (m_schemaPath.isEmpty())
        return {};
    static json schemaDoc;
    static valijson::Schema schema;
    static bool loaded = false;
    if (!loaded) {
        schemaDoc = oryNetworkConfigSchema(json::parse(readFile(m_schemaPath).toStdString()));
        valijson::SchemaParser parser;
        valijson::adapters::NlohmannJsonAdapter adapter(schemaDoc);
        parser.populateSchema(adapter, schema, emptySchema, freeNothing);
        loaded = true;
    }
    valijson::Validator validator;
    valijson::ValidationResults results;
    valijson::adapters::NlohmannJsonAdapter target(config);
    if (validator.validate(schema, target, &results))
        return {};
    QStringList errors;
    valijson::ValidationResults::Error error;
    while (results.popError(error) && errors.size() < 5) {
        std::string path;
        for (const std::string &c : error.context)
            path += c;
        errors.append(QString::fromStdString(path + ": " + error.description));
    }
    return errors.join(QStringLiteral("; "));
}

} // namespace hookmail::test
