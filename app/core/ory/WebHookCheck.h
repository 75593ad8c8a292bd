#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

namespace hookmail {

// Checks any web_hook (above all other people's, which Hookmail neither wrote nor can fix) against the rules
// of Kratos' configuration schema (FACTS §1: selfServiceWebHook with webHookAuthApiKeyProperties and
// webHookAuthBasicAuthProperties) and the run-time rules of web_hook.go, so import and "will it fire" can
// explain a broken hook in plain words instead of passing it:
// - config: `url` and `method` required, only the known keys, each of its type;
// - auth: exactly {type, config}; api_key needs name, value and `in` (header or cookie); basic_auth needs
// user
//   and password; nothing else, no other type;
// - response: only ignore/parse, not both; `response.ignore` excludes `can_interrupt`;
// - at run time a hook without a body fails ("got empty template path for request with body").
// The tests hold these rules against the official schema. Pure.
struct WebHookProblem
{
    QString code; // "no-url", "unknown-key", "auth-type", "auth-missing", "auth-unknown-key", "auth-in",
                  // "ignore-and-parse", "ignore-and-can-interrupt", "wrong-type", "no-body", "not-an-object"
    QString message;
    bool refusedBySchema = true; // false: the configuration is accepted, the hook fails when it runs
};
// Empty for a valid web_hook and for any other kind of hook.
QList<WebHookProblem> webHookProblems(const QJsonValue &hook);

} // namespace hookmail
