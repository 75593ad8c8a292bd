#include "EngineHost.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <yaml-cpp/yaml.h>

extern "C" {
#include <libjsonnet.h>
}

namespace hookmail {

namespace {

// A YAML bomb (aliases of aliases) expands exponentially; go-yaml v2 refuses "excessive aliasing". We count
// the nodes we convert and stop well before memory or time would run out.
constexpr qsizetype kMaxNodes = 2'000'000;
constexpr int kMaxDepth = 1000;

struct Conversion
{
    qsizetype nodes = 0;
    QByteArray error;
};

bool fail(Conversion &c, const QByteArray &message)
{
    if (c.error.isEmpty())
        c.error = message;
    return false;
}

// go-yaml v2's resolve() for a plain (unquoted, untagged) scalar, as sigs.k8s.io/yaml then writes it in JSON.
QJsonValue resolvePlain(const std::string &text, Conversion &c, bool *ok)
{
    *ok = true;
    const QString s = QString::fromStdString(text);
    static const QStringList nulls = {QString(), QStringLiteral("~"), QStringLiteral("null"),
                                      QStringLiteral("Null"), QStringLiteral("NULL")};
    static const QStringList trues = {QStringLiteral("y"),    QStringLiteral("Y"),    QStringLiteral("yes"),
                                      QStringLiteral("Yes"),  QStringLiteral("YES"),  QStringLiteral("true"),
                                      QStringLiteral("True"), QStringLiteral("TRUE"), QStringLiteral("on"),
                                      QStringLiteral("On"),   QStringLiteral("ON")};
    static const QStringList falses = {
        QStringLiteral("n"),   QStringLiteral("N"),     QStringLiteral("no"),    QStringLiteral("No"),
        QStringLiteral("NO"),  QStringLiteral("false"), QStringLiteral("False"), QStringLiteral("FALSE"),
        QStringLiteral("off"), QStringLiteral("Off"),   QStringLiteral("OFF")};
    if (nulls.contains(s))
        return QJsonValue(QJsonValue::Null);
    if (trues.contains(s))
        return true;
    if (falses.contains(s))
        return false;
    static const QRegularExpression special(QStringLiteral("^[-+]?\\.(inf|Inf|INF|nan|NaN|NAN)$"));
    if (special.match(s).hasMatch()) {
        *ok = false;
        fail(c, "error converting YAML to JSON: json: unsupported value: " + QByteArray::fromStdString(text));
        return {};
    }
    QString plain = s;
    plain.remove(QLatin1Char('_'));
    static const QRegularExpression intRe(
        QStringLiteral("^[-+]?(0b[01]+|0o[0-7]+|0x[0-9a-fA-F]+|0[0-7]+|[0-9]+)$"));
    if (!s.isEmpty() && (s.at(0).isDigit() || s.at(0) == QLatin1Char('-') || s.at(0) == QLatin1Char('+') ||
                         s.at(0) == QLatin1Char('.'))) {
        if (intRe.match(plain).hasMatch()) {
            bool negative = plain.startsWith(QLatin1Char('-'));
            QString digits = plain;
            if (digits.startsWith(QLatin1Char('-')) || digits.startsWith(QLatin1Char('+')))
                digits.remove(0, 1);
            int base = 10;
            if (digits.startsWith(QLatin1String("0b"))) {
                base = 2;
                digits.remove(0, 2);
            } else if (digits.startsWith(QLatin1String("0o"))) {
                base = 8;
                digits.remove(0, 2);
            } else if (digits.startsWith(QLatin1String("0x"))) {
                base = 16;
                digits.remove(0, 2);
            } else if (digits.size() > 1 && digits.startsWith(QLatin1Char('0'))) {
                base = 8;
            }
            double value = 0;
            for (const QChar ch : std::as_const(digits))
                value = value * base + QString(ch).toInt(nullptr, 16);
            if (base == 10)
                value = std::strtod(digits.toLatin1().constData(), nullptr);
            return negative ? -value : value;
        }
        static const QRegularExpression floatRe(
            QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
        if (floatRe.match(plain).hasMatch())
            return std::strtod(plain.toLatin1().constData(), nullptr);
    }
    return s;
}

QJsonValue convert(const YAML::Node &node, Conversion &c, int depth, bool *ok);

QString keyText(const YAML::Node &key, Conversion &c, int depth, bool *ok)
{
    const QJsonValue v = convert(key, c, depth, ok);
    if (!*ok)
        return {};
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::fromStdString(key.Scalar());
    default:
        *ok = false;
        fail(c, "error converting YAML to JSON: unsupported map key: " +
                    QByteArray::fromStdString(key.Scalar()));
        return {};
    }
}

QJsonValue convert(const YAML::Node &node, Conversion &c, int depth, bool *ok)
{
    *ok = true;
    if (++c.nodes > kMaxNodes) {
        *ok = fail(c, "yaml: document contains excessive aliasing");
        return {};
    }
    if (depth > kMaxDepth) {
        *ok = fail(c, "yaml: exceeded max depth of 1000");
        return {};
    }
    switch (node.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null:
        return QJsonValue(QJsonValue::Null);
    case YAML::NodeType::Scalar: {
        const std::string &tag = node.Tag();
        if (tag == "?")
            return resolvePlain(node.Scalar(), c, ok);
        if (tag == "tag:yaml.org,2002:int" || tag == "tag:yaml.org,2002:float")
            return resolvePlain(node.Scalar(), c, ok);
        if (tag == "tag:yaml.org,2002:bool" || tag == "tag:yaml.org,2002:null")
            return resolvePlain(node.Scalar(), c, ok);
        return QString::fromStdString(node.Scalar()); // quoted, or !!str
    }
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const auto &item : node) {
            const QJsonValue v = convert(item, c, depth + 1, ok);
            if (!*ok)
                return {};
            array.append(v);
        }
        return array;
    }
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (const auto &pair : node) {
            const QString key = keyText(pair.first, c, depth + 1, ok);
            if (!*ok)
                return {};
            const QJsonValue v = convert(pair.second, c, depth + 1, ok);
            if (!*ok)
                return {};
            object.insert(key, v);
        }
        return object;
    }
    }
    return {};
}

char *mallocCopy(const QByteArray &bytes)
{
    char *out = static_cast<char *>(std::malloc(size_t(bytes.size()) + 1));
    std::memcpy(out, bytes.constData(), size_t(bytes.size()));
    out[bytes.size()] = '\0';
    return out;
}

char *host(void *, const char *op, const char *arg, size_t argLength, int *success)
{
    const QByteArray input(arg, qsizetype(argLength));
    const QByteArray name(op);
    QCryptographicHash::Algorithm algorithm = QCryptographicHash::Sha1;
    if (name == "parseYaml") {
        QByteArray error;
        if (auto json = yamlToJson(input, &error)) {
            *success = 1;
            return mallocCopy(*json);
        }
        *success = 0;
        return mallocCopy("failed to parse YAML: " + error);
    }
    if (name == "equalsIgnoreCase") {
        const qsizetype nul = input.indexOf('\0');
        const QString a = QString::fromUtf8(input.left(nul));
        const QString b = QString::fromUtf8(input.mid(nul + 1));
        *success = 1;
        return mallocCopy(QString::compare(a, b, Qt::CaseInsensitive) == 0 ? "true" : "false");
    }
    if (name == "sha1")
        algorithm = QCryptographicHash::Sha1;
    else if (name == "sha256")
        algorithm = QCryptographicHash::Sha256;
    else if (name == "sha512")
        algorithm = QCryptographicHash::Sha512;
    else if (name == "sha3")
        algorithm = QCryptographicHash::Sha3_512; // go-jsonnet: sha3.Sum512
    else {
        *success = 0;
        return mallocCopy("unknown operation " + name);
    }
    *success = 1;
    return mallocCopy(QCryptographicHash::hash(input, algorithm).toHex());
}

} // namespace

namespace {

// yaml-cpp parses block nesting recursively without a depth limit of its own: a deeply indented document
// would overflow the worker's stack. Refuse more than kMaxDepth levels before parsing (block indentation, "-
// " items on one line, flow brackets), as go-yaml refuses documents that nest too deeply.
bool nestsTooDeeply(const QByteArray &yaml)
{
    int flow = 0;
    for (const QByteArray &line : yaml.split('\n')) {
        int indent = 0;
        while (indent < line.size() &&
               (line.at(indent) == ' ' || line.at(indent) == '-' || line.at(indent) == '\t'))
            ++indent;
        if (indent / 2 > kMaxDepth)
            return true;
        for (const char ch : line) {
            if (ch == '[' || ch == '{')
                ++flow;
            else if ((ch == ']' || ch == '}') && flow > 0)
                --flow;
            if (flow > kMaxDepth)
                return true;
        }
    }
    return false;
}

} // namespace

std::optional<QByteArray> yamlToJson(const QByteArray &yaml, QByteArray *error)
{
    Conversion c;
    if (nestsTooDeeply(yaml)) {
        *error =
            "error converting YAML to JSON: yaml: exceeded max depth of " + QByteArray::number(kMaxDepth);
        return std::nullopt;
    }
    std::vector<YAML::Node> documents;
    try {
        documents = YAML::LoadAll(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        *error = "error converting YAML to JSON: yaml: " + QByteArray::fromStdString(e.what());
        return std::nullopt;
    } catch (const std::exception &e) {
        *error = "error converting YAML to JSON: yaml: " + QByteArray(e.what());
        return std::nullopt;
    }
    if (documents.empty()) {
        // go-jsonnet v0.21 crashes (index out of range) on a text without any document: Ory fails the hook.
        *error =
            "INTERNAL ERROR: (CRASH) runtime error: index out of range [0] with length 0 (go-jsonnet v0.21, "
            "Ory's evaluator, crashes on std.parseYaml of a text without any YAML document)";
        return std::nullopt;
    }
    QJsonArray all;
    try {
        for (const YAML::Node &doc : documents) {
            bool ok = true;
            const QJsonValue v = convert(doc, c, 0, &ok);
            if (!ok) {
                *error = c.error;
                return std::nullopt;
            }
            all.append(v);
        }
    } catch (const std::exception &e) {
        *error = "error converting YAML to JSON: yaml: " + QByteArray(e.what());
        return std::nullopt;
    }
    // One document is its value; several are an array (go-jsonnet splits the stream on "---").
    QJsonArray wrapper;
    wrapper.append(all.size() == 1 ? all.at(0) : QJsonValue(all));
    QByteArray text = QJsonDocument(wrapper).toJson(QJsonDocument::Compact);
    // Strip the wrapper array (QJsonDocument cannot write a bare scalar).
    return text.mid(1, text.size() - 2);
}

void installEngineHost()
{
    static const bool installed = [] {
        jsonnet_hookmail_set_host(&host, nullptr);
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace hookmail
