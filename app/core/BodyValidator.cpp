#include "BodyValidator.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

using namespace Qt::StringLiterals;

namespace hookmail {

namespace {
// Named context for free functions: lupdate files Tr::tr() strings under it, the same context the lookup
// uses.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BodyValidator)
};

QByteArray resource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// valijson's context is {"<root>", "[message]", "[to]", "[0]"}; make it "message.to[0]".
QString pathOf(const std::vector<std::string> &context)
{
    QString path;
    for (const std::string &raw : context) {
        const QString part = QString::fromStdString(raw);
        if (part == u"<root>")
            continue;
        if (!part.startsWith(u'[') || !part.endsWith(u']')) {
            path += part;
            continue;
        }
        const QString inner = part.mid(1, part.size() - 2);
        bool isIndex = false;
        inner.toInt(&isIndex);
        if (isIndex)
            path += u'[' + inner + u']';
        else
            path += (path.isEmpty() ? QString() : u"."_s) + inner;
    }
    return path;
}

// Plain words for valijson's messages where they are cryptic; the rest are passed through.
QString plainMessage(const QString &path, const QString &description)
{
    if (description.startsWith(u"Missing required property")) {
        const qsizetype a = description.indexOf(u'\'');
        const qsizetype b = description.lastIndexOf(u'\'');
        const QString field = a >= 0 && b > a ? description.mid(a + 1, b - a - 1) : QString();
        return Tr::tr("\"%1\" is missing.").arg(path.isEmpty() ? field : path + u'.' + field);
    }
    if (description.contains(u"regex") || description.contains(u"pattern")) {
        if (path.endsWith(u"email") || path.endsWith(u"from_email") || path.endsWith(u"bcc_address"))
            return Tr::tr("\"%1\" is not a plain email address like name@example.com.").arg(path);
        return Tr::tr("\"%1\" does not have the expected form.").arg(path);
    }
    if (description.contains(u"Array should contain no fewer than"))
        return Tr::tr("\"%1\" is empty; it needs at least one entry.").arg(path);
    if (description.contains(u"String should be no longer than") ||
        description.contains(u"String should be no more than"))
        return Tr::tr("\"%1\" is too long.").arg(path);
    if (description.contains(u"String should be no shorter than"))
        return Tr::tr("\"%1\" is empty.").arg(path);
    if (description.contains(u"Value type not permitted"))
        return Tr::tr("\"%1\" has the wrong type.").arg(path);
    return path.isEmpty() ? description : Tr::tr("\"%1\": %2").arg(path, description);
}
// Parsing a schema into valijson's form costs milliseconds, and the live preview validates every render:
// parse each schema once per process. A valijson::Schema is not modified by validation.
const valijson::Schema &parsedSchema(const QByteArray &schemaJson)
{
    static std::mutex mutex;
    static std::map<QByteArray, std::unique_ptr<valijson::Schema>> cache;
    const std::lock_guard lock(mutex);
    auto &slot = cache[schemaJson];
    if (!slot) {
        auto schema = std::make_unique<valijson::Schema>();
        const nlohmann::json schemaDoc =
            nlohmann::json::parse(schemaJson.toStdString()); // throws when not JSON
        valijson::SchemaParser parser;
        valijson::adapters::NlohmannJsonAdapter schemaAdapter(schemaDoc);
        parser.populateSchema(schemaAdapter, *schema);
        slot = std::move(schema);
    }
    return *slot;
}
} // namespace

QList<BodyFinding> BodyValidator::validate(const QByteArray &schemaJson, const QByteArray &documentJson)
{
    QList<BodyFinding> findings;
    try {
        const valijson::Schema &schema = parsedSchema(schemaJson);
        const nlohmann::json document = nlohmann::json::parse(documentJson.toStdString());
        valijson::Validator validator;
        valijson::ValidationResults results;
        valijson::adapters::NlohmannJsonAdapter target(document);
        if (validator.validate(schema, target, &results))
            return findings;
        valijson::ValidationResults::Error error;
        QList<BodyFinding> all;
        while (results.popError(error)) {
            const QString path = pathOf(error.context);
            const QString description = QString::fromStdString(error.description);
            // valijson also reports the enclosing "failed to validate" errors; keep the leaf causes.
            if (description.startsWith(u"Failed to validate against schema associated with property") ||
                description.startsWith(u"Failed to validate item") ||
                description.startsWith(u"Failed to validate against child schema"))
                continue;
            all << BodyFinding{path, plainMessage(path, description)};
        }
        for (const BodyFinding &f : all) {
            if (!findings.contains(f))
                findings << f;
        }
        if (findings.isEmpty())
            findings << BodyFinding{{}, Tr::tr("The document does not match the schema.")};
    } catch (const std::exception &e) {
        findings << BodyFinding{{},
                                Tr::tr("Could not check the document: %1").arg(QString::fromUtf8(e.what()))};
    }
    return findings;
}

QList<BodyFinding> BodyValidator::validateMandrillSend(const QJsonObject &body)
{
    static const QByteArray schema = resource(u":/hookmail/schemas/mandrill-send.schema.json"_s);
    return validate(schema, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QList<BodyFinding> BodyValidator::validateWebHook(const QJsonObject &hook)
{
    static const QByteArray schema = resource(u":/hookmail/schemas/web-hook.schema.json"_s);
    return validate(schema, QJsonDocument(hook).toJson(QJsonDocument::Compact));
}

} // namespace hookmail
