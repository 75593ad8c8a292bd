#pragma once

#include "core/common/ApiClient.h"
#include "core/common/WaitForResult.h"
#include "core/mandrill/MandrillErrors.h"
#include "core/mandrill/MandrillExplanations.h"
#include "core/mandrill/MandrillParsing.h"
#include "core/mandrill/MandrillTemplates.h"

#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace hookmail {

// What "Check key" found: users/ping worked; users/info may add the account details.
struct KeyCheck
{
    std::optional<UserInfo> info;
    QString infoError; // why users/info failed although ping worked (e.g. a key restricted to messages/send)
    QStringList notes; // always includes the test-key note
};

// Talks to Mailchimp Transactional (Mandrill): POST <base>/<group>/<method> with a JSON body carrying "key".
// The base URL is used exactly as given (https://mandrillapp.com/api/1.0, or http://127.0.0.1:PORT for Prism,
// whose routes have no /api/1.x prefix); no ".json" suffix, which both accept (FACTS §0.3, §6).
// The key is passed with each call (the client holds none); send() takes a body that already carries it.
// Calls follow ApiClient's rules: a ticket each, exactly one answer later (a value or an Error whose `code`
// is Mandrill's error name or an ErrorCode string, see MandrillErrors.h), none once `context` (default:
// the client) or the client is destroyed.
class MandrillClient : public ApiClient
{
    Q_OBJECT
public:
    explicit MandrillClient(QObject *parent = nullptr);

    Ticket ping(const QString &key, Callback<QString> done, QObject *context = nullptr);
    Ticket info(const QString &key, Callback<UserInfo> done, QObject *context = nullptr);
    Ticket domains(const QString &key, Callback<QList<SenderDomain>> done, QObject *context = nullptr);
    // Adds the domain if absent (Mandrill).
    Ticket checkDomain(const QString &key, const QString &domain, Callback<SenderDomain> done,
                       QObject *context = nullptr);
    Ticket send(const QJsonObject &bodyWithKey, Callback<QList<SendResult>> done, QObject *context = nullptr);
    // Templates (issue 18). templates/list (optionally by label), mctemplates/list (Mailchimp templates; an
    // account without them answers an empty list), templates/info by slug, templates/render with flat merge
    // vars (Mandrill's cross-check: Mailchimp-style merging only), messages/send-template.
    Ticket templates(const QString &key, Callback<QList<MandrillTemplate>> done, QObject *context = nullptr);
    Ticket mailchimpTemplates(const QString &key, Callback<QList<MandrillTemplate>> done,
                              QObject *context = nullptr);
    // mctemplates/info: one Mailchimp template by id (same shape as its list entry).
    Ticket mailchimpTemplateInfo(const QString &key, qint64 id, Callback<MandrillTemplate> done,
                                 QObject *context = nullptr);
    Ticket templateInfo(const QString &key, const QString &slug, Callback<MandrillTemplate> done,
                        QObject *context = nullptr);
    Ticket renderTemplate(const QString &key, const QString &slug, const QJsonArray &templateContent,
                          const QJsonArray &mergeVars, Callback<QString> done, QObject *context = nullptr);
    // templates/add with `bodyWithoutKey` (DesignUpload: publish false) and templates/publish; both answer
    // the template.
    Ticket addTemplate(const QString &key, const QJsonObject &bodyWithoutKey, Callback<MandrillTemplate> done,
                       QObject *context = nullptr);
    Ticket publishTemplate(const QString &key, const QString &slug, Callback<MandrillTemplate> done,
                           QObject *context = nullptr);
    Ticket sendTemplate(const QJsonObject &bodyWithKey, Callback<QList<SendResult>> done,
                        QObject *context = nullptr);
    // messages/send-template when the body names a template (template_name), else messages/send: test sends
    // of any email go through this.
    Ticket sendAny(const QJsonObject &bodyWithKey, Callback<QList<SendResult>> done,
                   QObject *context = nullptr);

    Ticket checkKey(const QString &key, Callback<KeyCheck> done,
                    QObject *context = nullptr); // ping, then info

    // Blocking helper for the CLI and tests only (runs a local event loop). Never from GUI code.
    template <typename T, typename Start> static Result<T> wait(Start start)
    {
        return waitForResult<T>(std::move(start));
    }

protected:
    Error transportError(const TransportFailure &failure) const override;
    Error badBaseUrlError(const QString &problem, const QString &label) const override;

private:
    template <typename T>
    Ticket call(const QString &method, QJsonObject body, const QString &key,
                Result<T> (*parse)(const QByteArray &), Callback<T> done, QObject *context, Ticket outer = 0);
};

} // namespace hookmail
