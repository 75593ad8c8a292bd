#include "preview/RequestBodyView.h"

#include "core/ory/WebHook.h"

#include <QFontDatabase>
#include <QJsonDocument>
#include <QJsonObject>

namespace hookmail {

RequestBodyView::RequestBodyView(QWidget *parent) : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("requestView"));
    setReadOnly(true);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setAccessibleName(tr("Request body sent to Mandrill"));
    setPlaceholderText(tr("The body Ory sends to Mandrill appears here (your key is masked)."));
}

void RequestBodyView::setBody(const QJsonObject &body)
{
    QJsonObject shown = body;
    // Defence in depth: whatever the caller passes, a key is never shown in the preview.
    if (shown.contains(u"key") && shown.value(u"key").toString() != QStringView(kMaskedKeyPlaceholder))
        shown.insert(u"key", QString::fromUtf16(kMaskedKeyPlaceholder));
    showText(shown.isEmpty() ? QString()
                             : QString::fromUtf8(QJsonDocument(shown).toJson(QJsonDocument::Indented)));
}

void RequestBodyView::setSentBytes(const QByteArray &bytes)
{
    // Defence in depth, as above: bytes whose key is not the mask are shown re-serialised with the mask.
    const QJsonObject parsed = QJsonDocument::fromJson(bytes).object();
    if (parsed.value(u"key").toString() != QStringView(kMaskedKeyPlaceholder)) {
        setBody(parsed);
        return;
    }
    showText(QString::fromUtf8(bytes));
}

void RequestBodyView::showText(const QString &text)
{
    if (text != m_shown) {
        m_shown = text;
        setPlainText(text);
    }
}

} // namespace hookmail
