#include "core/mandrill/TestSend.h"

#include "core/secrets/SecretRedaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace hookmail {

namespace {

// Named context for free functions: lupdate files Tr::tr() strings under it, the same context the lookup
// uses.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TestSend)
};

// Re-keys the entries of a per-recipient list (merge_vars / recipient_metadata) from `original` to each
// test address; entries for other recipients are dropped.
QJsonArray remapPerRecipient(const QJsonArray &entries, const QString &original, const QStringList &to,
                             bool *dropped)
{
    QJsonObject source;
    for (const QJsonValue &v : entries) {
        const QJsonObject o = v.toObject();
        if (!original.isEmpty() &&
            o.value(QLatin1String("rcpt")).toString().compare(original, Qt::CaseInsensitive) == 0)
            source = o;
        else
            *dropped = true;
    }
    QJsonArray out;
    if (source.isEmpty())
        return out;
    for (const QString &address : to) {
        QJsonObject copy = source;
        copy.insert(QStringLiteral("rcpt"), address);
        out.append(copy);
    }
    return out;
}

} // namespace

QStringList mandrillTestAddresses()
{
    return {QStringLiteral("reject@test.mandrillapp.com"), QStringLiteral("hard_bounce@test.mandrillapp.com"),
            QStringLiteral("soft_bounce@test.mandrillapp.com"), QStringLiteral("spam@test.mandrillapp.com")};
}

QString checkTestAddress(const QString &address)
{
    // Bare addresses only: Mandrill's schema (format "email") refuses "Ann <a@x>" (FACTS §3).
    static const QRegularExpression bare(
        QString::fromLatin1(R"re(^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]+$)re"));
    const QString trimmed = address.trimmed();
    if (trimmed.isEmpty())
        return Tr::tr("The address is empty.");
    if (trimmed.contains(QLatin1Char('<')))
        return Tr::tr("“%1”: give the bare address only (like ann@example.com), without a name or <>.")
            .arg(trimmed);
    if (!bare.match(trimmed).hasMatch())
        return Tr::tr("“%1” is not an email address.").arg(trimmed);
    return {};
}

Result<TestSendBody> buildTestSendBody(const QJsonObject &rendered, const QStringList &to, const QString &key)
{
    if (to.isEmpty())
        return Error{Tr::tr("Add at least one test address."), {}, errorCodeName(ErrorCode::NoRecipients)};
    QStringList addresses;
    for (const QString &a : to) {
        const QString problem = checkTestAddress(a);
        if (!problem.isEmpty())
            return Error{problem, {}, errorCodeName(ErrorCode::BadAddress)};
        addresses << a.trimmed();
    }
    addresses.removeDuplicates();
    if (key.trimmed().isEmpty())
        return Error{Tr::tr("No Mandrill key is set. Enter it in Settings → Mandrill key."),
                     {},
                     errorCodeName(ErrorCode::NoKey)};
    if (!rendered.value(QLatin1String("message")).isObject())
        return Error{Tr::tr("The rendered body has no “message” object, so there is nothing to send. Check "
                            "the template."),
                     {},
                     errorCodeName(ErrorCode::NoMessage)};

    TestSendBody out;
    QJsonObject body = rendered;
    QJsonObject message = body.value(QLatin1String("message")).toObject();

    QString original;
    for (const QJsonValue &v : message.value(QLatin1String("to")).toArray()) {
        const QJsonObject r = v.toObject();
        const QString type = r.value(QLatin1String("type")).toString(QStringLiteral("to"));
        if (type == u"to" && r.value(QLatin1String("email")).isString()) {
            original = r.value(QLatin1String("email")).toString();
            break;
        }
    }
    QJsonArray newTo;
    for (const QString &a : addresses)
        newTo.append(
            QJsonObject{{QStringLiteral("email"), a}, {QStringLiteral("type"), QStringLiteral("to")}});
    message.insert(QStringLiteral("to"), newTo);
    if (!original.isEmpty())
        out.notes << Tr::tr("Recipients replaced: the template's “%1” gets the test address(es) instead.")
                         .arg(original);

    for (const char *field : {"merge_vars", "recipient_metadata"}) {
        const QString name = QLatin1String(field);
        if (!message.contains(name))
            continue;
        bool dropped = false;
        const QJsonArray remapped =
            remapPerRecipient(message.value(name).toArray(), original, addresses, &dropped);
        if (remapped.isEmpty())
            message.remove(name);
        else
            message.insert(name, remapped);
        if (dropped)
            out.notes << Tr::tr("%1 for other recipients were left out.").arg(name);
    }
    if (message.contains(QLatin1String("bcc_address"))) {
        message.remove(QStringLiteral("bcc_address"));
        out.notes << Tr::tr("bcc_address was removed so the test does not reach anyone else.");
    }
    body.insert(QStringLiteral("message"), message);
    body.insert(QStringLiteral("key"), key.trimmed());
    out.body = body;
    return out;
}

bool TestSendRecord::failed() const
{
    if (!errorMessage.isEmpty())
        return true;
    for (const SendResult &r : results) {
        if (r.failed())
            return true;
    }
    return false;
}

QJsonObject TestSendRecord::toJson() const
{
    QJsonArray items;
    for (const SendResult &r : results) {
        items.append(QJsonObject{{QStringLiteral("email"), r.email},
                                 {QStringLiteral("status"), r.status},
                                 {QStringLiteral("reject_reason"), r.rejectReason},
                                 {QStringLiteral("queued_reason"), r.queuedReason},
                                 {QStringLiteral("_id"), r.id}});
    }
    QJsonObject o{{QStringLiteral("time"), time.toUTC().toString(Qt::ISODate)},
                  {QStringLiteral("from_email"), fromEmail},
                  {QStringLiteral("subject"), subject},
                  {QStringLiteral("recipients"), QJsonArray::fromStringList(recipients)},
                  {QStringLiteral("results"), items}};
    if (!errorMessage.isEmpty()) {
        o.insert(QStringLiteral("error"), errorMessage);
        o.insert(QStringLiteral("error_code"), errorCode);
    }
    return o;
}

TestSendRecord TestSendRecord::fromJson(const QJsonObject &o)
{
    TestSendRecord r;
    r.time = QDateTime::fromString(o.value(QLatin1String("time")).toString(), Qt::ISODate);
    r.fromEmail = o.value(QLatin1String("from_email")).toString();
    r.subject = o.value(QLatin1String("subject")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("recipients")).toArray())
        r.recipients << v.toString();
    for (const QJsonValue &v : o.value(QLatin1String("results")).toArray()) {
        const QJsonObject i = v.toObject();
        r.results.append(SendResult{
            i.value(QLatin1String("email")).toString(), i.value(QLatin1String("status")).toString(),
            i.value(QLatin1String("reject_reason")).toString(),
            i.value(QLatin1String("queued_reason")).toString(), i.value(QLatin1String("_id")).toString()});
    }
    r.errorMessage = o.value(QLatin1String("error")).toString();
    r.errorCode = o.value(QLatin1String("error_code")).toString();
    return r;
}

TestSendRecord TestSendRecord::fromOutcome(const QJsonObject &rendered, const QStringList &to,
                                           const Result<QList<SendResult>> &outcome, const QString &key)
{
    TestSendRecord r;
    r.time = QDateTime::currentDateTimeUtc();
    const QJsonObject message = rendered.value(QLatin1String("message")).toObject();
    r.fromEmail = message.value(QLatin1String("from_email")).toString();
    r.subject = redactText(message.value(QLatin1String("subject")).toString(), {key});
    r.recipients = to;
    if (outcome) {
        r.results = outcome.value();
    } else {
        r.errorMessage = redactText(outcome.error().message, {key});
        r.errorCode = outcome.error().code;
    }
    return r;
}

QString TestSendHistory::historyDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history");
}

TestSendHistory::TestSendHistory(const QString &projectPath, int limit) : m_limit(limit)
{
    const QString canonical = QFileInfo(projectPath).absoluteFilePath();
    const QByteArray hash = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex();
    m_path = historyDirectory() + QLatin1Char('/') + QString::fromLatin1(hash) + QStringLiteral(".json");
}

QList<TestSendRecord> TestSendHistory::load() const
{
    QList<TestSendRecord> out;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return out; // no history yet
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    for (const QJsonValue &v : root.value(QLatin1String("sends")).toArray())
        out.append(TestSendRecord::fromJson(v.toObject()));
    return out;
}

QStringList TestSendHistory::lastRecipients() const
{
    const QList<TestSendRecord> records = load();
    return records.isEmpty() ? QStringList() : records.last().recipients;
}

Status TestSendHistory::append(const TestSendRecord &record)
{
    QList<TestSendRecord> records = load();
    records.append(record);
    while (records.size() > m_limit)
        records.removeFirst();
    QJsonArray sends;
    for (const TestSendRecord &r : records)
        sends.append(r.toJson());
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return Error{Tr::tr("Could not create the folder for the test-send history (%1).")
                         .arg(QFileInfo(m_path).path()),
                     {},
                     errorCodeName(ErrorCode::Io)};
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Tr::tr("Could not save the test-send history: %1").arg(file.errorString()), m_path,
                     errorCodeName(ErrorCode::Io)};
    const QByteArray bytes =
        QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("sends"), sends}})
            .toJson(QJsonDocument::Indented);
    // flush() first: QSaveFile::commit() misses a failed final flush and would keep a truncated file.
    if (file.write(bytes) != bytes.size() || !file.flush() || !file.commit())
        return Error{Tr::tr("Could not save the test-send history: %1").arg(file.errorString()), m_path,
                     errorCodeName(ErrorCode::Io)};
    return Ok{};
}

} // namespace hookmail
