#pragma once

#include <QStringList>
#include <QTextStream>

namespace hookmail::cli {

// render / check / export: the core's answers on the command line.
int runRender(const QStringList &args, QTextStream &out, QTextStream &err);
int runCheck(const QStringList &args, QTextStream &out, QTextStream &err);
int runExport(const QStringList &args, QTextStream &out, QTextStream &err);
int runSendTestCommand(const QStringList &args, QTextStream &out, QTextStream &err);

// The from address the first action of the last project opened in the app (or the default project) renders
// to; empty when it does not render. Used as check-domain's default.
QString defaultSenderAddress();

} // namespace hookmail::cli
