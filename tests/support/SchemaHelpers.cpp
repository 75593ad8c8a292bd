#include "SchemaHelpers.h"

#include "TestEnv.h"

#include <QFile>
#include <nlohmann/json.hpp>
#include <set>

namespace hookmail::test {

namespace {
void collectRefs(const nlohmann::json &node, const std::string &prefix, std::set<std::string> *out)
{
    if (node.is_object()) {
        for (auto it = node.begin(); it != node.end(); ++it) {
            if (it.key() == "$ref" && it.value().is_string()) {
                const std::string ref = it.value().get<std::string>();
                if (ref.rfind(prefix, 0) == 0)
                    out->insert(ref.substr(prefix.size()));
            } else {
                collectRefs(it.value(), prefix, out);
            }
        }
    } else if (node.is_array()) {
        for (const auto &item : node)
            collectRefs(item, prefix, out);
    }
}

// The definitions `root` needs, transitively, copied from `pool`.
nlohmann::json closure(const nlohmann::json &pool, const std::string &root, const std::string &prefix)
{
    nlohmann::json out = nlohmann::json::object();
    std::set<std::string> todo{root};
    while (!todo.empty()) {
        const std::string name = *todo.begin();
        todo.erase(todo.begin());
        if (out.contains(name) || !pool.contains(name))
            continue;
        out[name] = pool.at(name);
        std::set<std::string> refs;
        collectRefs(out[name], prefix, &refs);
        for (const auto &r : refs)
            if (!out.contains(r))
                todo.insert(r);
    }
    return out;
}

QByteArray readShared(const QString &relative)
{
    const QString dir = sharedReferenceDir();
    if (dir.isEmpty())
        return {};
    QFile f(dir + QLatin1Char('/') + relative);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}
} // namespace

QByteArray kratosDefinitionSchema(const QString &definition)
{
    const QByteArray bytes = readShared(QStringLiteral("ory/kratos-config.schema.json"));
    if (bytes.isEmpty())
        return {};
    const nlohmann::json doc = nlohmann::json::parse(bytes.toStdString());
    const std::string name = definition.toStdString();
    nlohmann::json schema;
    schema["$schema"] = "http://json-schema.org/draft-07/schema#";
    schema["$ref"] = "#/definitions/" + name;
    schema["definitions"] = closure(doc.at("definitions"), name, "#/definitions/");
    return QByteArray::fromStdString(schema.dump());
}

QByteArray mandrillSendRequestSchema()
{
    const QByteArray bytes = readShared(QStringLiteral("mandrill/transactional.openapi.fixed.json"));
    if (bytes.isEmpty())
        return {};
    const nlohmann::json doc = nlohmann::json::parse(bytes.toStdString());
    const nlohmann::json &schemas = doc.at("components").at("schemas");
    nlohmann::json defs = closure(schemas, "MessagesSendRequest", "#/components/schemas/");
    // Re-point component references at draft-07 definitions.
    std::string text = defs.dump();
    const std::string from = "#/components/schemas/";
    const std::string to = "#/definitions/";
    for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    nlohmann::json schema;
    schema["$schema"] = "http://json-schema.org/draft-07/schema#";
    schema["$ref"] = "#/definitions/MessagesSendRequest";
    schema["definitions"] = nlohmann::json::parse(text);
    return QByteArray::fromStdString(schema.dump());
}

} // namespace hookmail::test
