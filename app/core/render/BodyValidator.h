#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace hookmail {

// One problem found by a schema check: where (a path such as "message.to[0].email") and what, in plain words.
struct BodyFinding
{
    QString path;
    QString message;

    friend bool operator==(const BodyFinding &, const BodyFinding &) = default;
};

// Static checks with JSON Schema (valijson): an evaluated Mandrill messages/send body against
// resources/schemas/mandrill-send.schema.json, and a web_hook JSON against
// resources/schemas/web-hook.schema.json. Empty list → valid.
class BodyValidator
{
public:
    static QList<BodyFinding> validateMandrillSend(const QJsonObject &body);
    // messages/send-template (a Mandrill template email): the template gives body, sender and subject.
    static QList<BodyFinding> validateMandrillSendTemplate(const QJsonObject &body);
    static QList<BodyFinding> validateWebHook(const QJsonObject &hook);
    // Any document against any draft-07 schema (used by the two above and by tests with official schemas).
    // A schema that cannot be read gives one finding with an empty path.
    static QList<BodyFinding> validate(const QByteArray &schemaJson, const QByteArray &documentJson);
};

} // namespace hookmail
