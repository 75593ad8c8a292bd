#pragma once

#include "core/secrets/KeyProvider.h"

#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

namespace hookmail {
class MandrillClient;
}

namespace hookmail::cli {

// Sub-commands other than help, one function each (rows in kCommands, Cli.cpp). `args` excludes the
// command name. Exit codes as in Cli.h.
int runCheckKey(const QStringList &args, QTextStream &out, QTextStream &err);
int runCheckDomain(const QStringList &args, QTextStream &out, QTextStream &err);
// `hookmail design show|set`: a designed email's envelope and block texts (DesignCommands.cpp).
int runDesign(const QStringList &args, QTextStream &out, QTextStream &err);
// `hookmail mandrill templates|template SLUG`: the account's templates and one template's tags
// (TemplateCommands.cpp).
int runMandrill(const QStringList &args, QTextStream &out, QTextStream &err);

// The sending half of `hookmail send-test`: `renderedBody` is the evaluated Mandrill body without key (as
// RenderService produces it); `to` the test addresses. Key from HOOKMAIL_MANDRILL_KEY or the keychain, base
// URL from HOOKMAIL_MANDRILL_URL or settings. Prints per-recipient results (text or JSON); exit 1 when a
// recipient is rejected/invalid or the call fails, 2 for unusable input. `projectPath` non-empty → the send
// is recorded in that project's test-send history.
int runSendTest(const QJsonObject &renderedBody, const QStringList &to, bool json, QTextStream &out,
                QTextStream &err, const QString &projectPath = {});

// The key and base URL for a Mandrill call (`client` gets the base URL); nullopt after printing the problem
// (text or JSON) and setting `exitCode`. Shared by the Mandrill commands (MandrillCommands.cpp,
// TemplateCommands.cpp).
std::optional<ResolvedSecret> prepareMandrillClient(MandrillClient &client, bool json, QTextStream &out,
                                                    QTextStream &err, int *exitCode);

} // namespace hookmail::cli
