#pragma once

#include <QString>

namespace hookmail {

// Where the window's diagnostics go. Qt's and the web engine's own chatter (the web engine's parameter dump,
// "Cannot create platform OpenGL context" on machines without GL, …) is not for the person using the app:
// it goes to a log file, and stderr keeps only what must be seen (fatal errors). `verbose` (the --verbose
// flag or HOOKMAIL_VERBOSE=1) sends everything to stderr as well. Messages never carry keys: the code does
// not log them (docs/ARCHITECTURE.md, Secrets).
void routeDiagnostics(bool verbose);
// The log file of this run: <AppLocalDataLocation>/hookmail.log, replaced at each start.
QString diagnosticsLogPath();
// Chromium flags that keep the web engine's own logging off stderr unless verbose.
QByteArray quietWebEngineFlags(bool verbose);

} // namespace hookmail
