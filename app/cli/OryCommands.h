#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace hookmail::cli {

// Ory Network sub-commands (docs/ARCHITECTURE.md, Ory §6). Every change is computed against the project as
// just read, shown as a diff, and only sent with --yes; --dry-run shows it and stops. Exit codes: 0 ok (also
// "nothing to change"), 1 refused or failed push (409 included; nothing is overwritten), 2 usage or input
// errors (also: a change was computed but neither --yes nor --dry-run was given).
int runOry(const QStringList &args, QTextStream &out, QTextStream &err);      // ory projects | ory hooks
int runPush(const QStringList &args, QTextStream &out, QTextStream &err);     // push [FILE] --project ID
int runRemove(const QStringList &args, QTextStream &out, QTextStream &err);   // remove [FILE] --project ID
int runRollback(const QStringList &args, QTextStream &out, QTextStream &err); // rollback --project ID
int runImport(const QStringList &args, QTextStream &out, QTextStream &err);   // import --project ID

// The keys the CLI uses, as cliKeys() (CliKeys.h, a KeyProvider) decides: HOOKMAIL_ORY_KEY /
// HOOKMAIL_MANDRILL_KEY, else the OS keychain. Empty when neither has one.
QString resolveOryKey();
QString resolveMandrillKey();

} // namespace hookmail::cli
