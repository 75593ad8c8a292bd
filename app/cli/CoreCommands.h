#pragma once

#include <QStringList>
#include <QTextStream>

namespace hookmail::cli {

// render / check / export: the core's answers on the command line.
int runRender(const QStringList &args, QTextStream &out, QTextStream &err);
int runCheck(const QStringList &args, QTextStream &out, QTextStream &err);
int runExport(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace hookmail::cli
