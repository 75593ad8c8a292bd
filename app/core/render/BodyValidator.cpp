#include "core/render/BodyValidator.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QThread>
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
// valijson checks "pattern" with libstdc++'s std::regex, which recurses once per character of the string:
// a 100 KB string (the base64 body of a 70 KB template) overflowed the 8 MB main-thread stack and crashed
// the app. So validation runs on a thread with a large stack (reserved, touched only as deep as needed),
// and strings longer than kLongestChecked bytes are checked by their beginning only (said in a finding).
constexpr std::size_t kLongestChecked = 256 * 1024;
constexpr uint kValidationStackBytes = 256u * 1024 * 1024;

// Cuts strings longer than kLongestChecked (in place) and lists where, as "message.html"-style paths.
void shortenLongStrings(nlohmann::json &node, const QString &path,
                        QList<std::pair<QString, std::size_t>> *cut)
{
    if (node.is_string()) {
        auto &text = node.get_ref<std::string &>();
        if (text.size() > kLongestChecked) {
            cut->append({path, text.size()});
            text.resize(kLongestChecked);
        }
    } else if (node.is_object()) {
        for (auto it = node.begin(); it != node.end(); ++it)
            shortenLongStrings(it.value(),
                               (path.isEmpty() ? QString() : path + u'.') + QString::fromStdString(it.key()),
                               cut);
    } else if (node.is_array()) {
        for (std::size_t i = 0; i < node.size(); ++i)
            shortenLongStrings(node[i], path + u'[' + QString::number(i) + u']', cut);
    }
}

// The schema's body pattern ^base64://(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$,
// for the part after "base64://": whole quads of the standard alphabet, padding only at the very end.
bool isStrictBase64(QStringView text)
{
    if (text.size() % 4 != 0)
        return false;
    qsizetype data = text.size();
    if (text.endsWith(u"=="))
        data -= 2;
    else if (text.endsWith(u'='))
        data -= 1;
    for (qsizetype i = 0; i < data; ++i) {
        const char16_t c = text[i].unicode();
        const bool alphabet = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') ||
                              (c >= u'0' && c <= u'9') || c == u'+' || c == u'/';
        if (!alphabet)
            return false;
    }
    return true;
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

static QList<BodyFinding> validateOnThisThread(const QByteArray &schemaJson, const QByteArray &documentJson)
{
    QList<BodyFinding> findings;
    try {
        const valijson::Schema &schema = parsedSchema(schemaJson);
        nlohmann::json document = nlohmann::json::parse(documentJson.toStdString());
        QList<std::pair<QString, std::size_t>> cut;
        shortenLongStrings(document, {}, &cut);
        for (const auto &[path, bytes] : cut)
            findings << BodyFinding{path, Tr::tr("\"%1\" is %2 KB long; only its first %3 KB were checked.")
                                              .arg(path)
                                              .arg(qulonglong((bytes + 1023) / 1024))
                                              .arg(qulonglong(kLongestChecked / 1024))};
        valijson::Validator validator;
        valijson::ValidationResults results;
        valijson::adapters::NlohmannJsonAdapter target(document);
        if (validator.validate(schema, target, &results))
            return findings;
        const qsizetype notes = findings.size();
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
        if (findings.size() == notes)
            findings << BodyFinding{{}, Tr::tr("The document does not match the schema.")};
    } catch (const std::exception &e) {
        findings << BodyFinding{{},
                                Tr::tr("Could not check the document: %1").arg(QString::fromUtf8(e.what()))};
    }
    return findings;
}

QList<BodyFinding> BodyValidator::validate(const QByteArray &schemaJson, const QByteArray &documentJson)
{
    QList<BodyFinding> findings;
    std::unique_ptr<QThread> thread(
        QThread::create([&] { findings = validateOnThisThread(schemaJson, documentJson); }));
    thread->setObjectName(QStringLiteral("hookmail-schema-check"));
    thread->setStackSize(kValidationStackBytes);
    thread->start();
    thread->wait();
    return findings;
}

QList<BodyFinding> BodyValidator::validateMandrillSend(const QJsonObject &body)
{
    static const QByteArray schema = resource(u":/hookmail/schemas/mandrill-send.schema.json"_s);
    return validate(schema, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QList<BodyFinding> BodyValidator::validateMandrillSendTemplate(const QJsonObject &body)
{
    static const QByteArray schema = resource(u":/hookmail/schemas/mandrill-send-template.schema.json"_s);
    return validate(schema, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QList<BodyFinding> BodyValidator::validateWebHook(const QJsonObject &hook)
{
    static const QByteArray schema = resource(u":/hookmail/schemas/web-hook.schema.json"_s);
    // The base64 body (the whole template) is by far the longest string, and std::regex takes milliseconds
    // per 10 KB of it on every preview (and PCRE2's JIT stack gives up on megabytes). Check it here with the
    // schema's rule written out, and let valijson see a short stand-in with the same verdict.
    QJsonObject checked = hook;
    QJsonObject config = checked.value(u"config").toObject();
    const QJsonValue body = config.value(u"body");
    if (body.isString() && body.toString().startsWith(u"base64://")) {
        config.insert(u"body", isStrictBase64(QStringView(body.toString()).mid(9))
                                   ? u"base64://e30="_s
                                   : u"base64://not base64"_s);
        checked.insert(u"config", config);
    }
    return validate(schema, QJsonDocument(checked).toJson(QJsonDocument::Compact));
}

} // namespace hookmail
