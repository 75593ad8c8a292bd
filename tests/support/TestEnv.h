#pragma once

#include <QByteArray>
#include <QString>

namespace hookmail::test {

// ../shared/reference is read in place (its licences forbid copying). Empty when absent; tests then
// QSKIP with sharedMissingMessage().
QString sharedReferenceDir();
QString sharedMissingMessage();
QByteArray readFile(const QString &path);
QString testDataDir();
QString binDir();

} // namespace hookmail::test

// Skips the current test, saying plainly that ../shared is needed, when it is absent.
#define HOOKMAIL_REQUIRE_SHARED()                                                                            \
    do {                                                                                                     \
        if (hookmail::test::sharedReferenceDir().isEmpty())                                                  \
            QSKIP(qPrintable(hookmail::test::sharedMissingMessage()));                                       \
    } while (false)
