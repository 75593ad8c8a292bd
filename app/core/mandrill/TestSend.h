#pragma once

#include "core/common/Result.h"
#include "core/mandrill/MandrillParsing.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace hookmail {

// Mandrill's magic recipients that simulate failures (FACTS §0.8, §5b).
QStringList mandrillTestAddresses();

// Empty when `address` is a bare address Mandrill accepts in message.to[].email; else what is wrong.
QString checkTestAddress(const QString &address);

// The messages/send body for a test: the evaluated body (no key, as RenderService produces it) with
// message.to replaced by the test addresses (type "to"), per-recipient merge_vars/recipient_metadata of
// the first real "to" recipient carried over to each test address and all others dropped, bcc_address
// removed (it would mail a real person), and "key" injected. `notes` tell the user what was changed.
struct TestSendBody
{
    QJsonObject body;
    QStringList notes;
};
Result<TestSendBody> buildTestSendBody(const QJsonObject &rendered, const QStringList &to,
                                       const QString &key);

// One test send as remembered in the history. Never the key nor the body.
struct TestSendRecord
{
    QDateTime time; // UTC
    QString fromEmail;
    QString subject;
    QStringList recipients; // what the user asked for
    QList<SendResult> results;
    QString errorMessage; // empty when Mandrill answered
    QString errorCode;

    bool failed() const;
    QJsonObject toJson() const;
    static TestSendRecord fromJson(const QJsonObject &json);
    static TestSendRecord fromOutcome(const QJsonObject &rendered, const QStringList &to,
                                      const Result<QList<SendResult>> &outcome, const QString &key);
};

// Per-project history of test sends in <AppDataLocation>/history/<sha1 of the project path>.json,
// written atomically, newest last, bounded to `limit` entries.
class TestSendHistory
{
public:
    explicit TestSendHistory(const QString &projectPath, int limit = 200);
    QString filePath() const { return m_path; }
    QList<TestSendRecord> load() const;
    Status append(const TestSendRecord &record);
    QStringList lastRecipients() const; // recipients of the newest entry (to prefill the address list)
    static QString historyDirectory();

private:
    QString m_path;
    int m_limit;
};

} // namespace hookmail
