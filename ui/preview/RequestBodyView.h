#pragma once

#include <QPlainTextEdit>

class QJsonObject;

namespace hookmail {

// The preview's Request tab: the body Ory would POST to Mandrill, indented, with the key always masked.
class RequestBodyView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit RequestBodyView(QWidget *parent = nullptr);

    // Replaces the text only when it changes: most keystrokes leave the body as it was, and a new text is
    // laid out and repainted.
    void setBody(const QJsonObject &body);
    // The exact bytes Ory sends (RenderOutcome::sentBytes); shown as they are when their key is masked.
    void setSentBytes(const QByteArray &bytes);

private:
    void showText(const QString &text);
    QString m_shown;
};

} // namespace hookmail
