#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace hookmail::test {

// Every encoding a key could slip out in: raw, hex, URL-encoded, and base64 (standard and URL-safe) at each
// of the three alignments it can have inside a larger blob (the stable middle of each encoding).
QList<QByteArray> secretForms(const QString &key);

} // namespace hookmail::test
