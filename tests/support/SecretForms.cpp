#include "SecretForms.h"

#include <QUrl>

namespace hookmail::test {

QList<QByteArray> secretForms(const QString &key)
{
    const QByteArray raw = key.toUtf8();
    QList<QByteArray> forms{raw, raw.toHex(), QUrl::toPercentEncoding(key)};
    for (auto option : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
        for (int shift = 0; shift < 3; ++shift) {
            const QByteArray padded = QByteArray(shift, 'A') + raw;
            const QByteArray encoded = padded.toBase64(option);
            const qsizetype from = shift == 0 ? 0 : 4;
            forms << encoded.mid(from, encoded.size() - from - 4);
        }
    }
    return forms;
}

} // namespace hookmail::test
