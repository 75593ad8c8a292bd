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

private:
    QString m_shown;
};

} // namespace hookmail
