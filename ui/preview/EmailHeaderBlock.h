#pragma once

#include <QWidget>

class QLabel;

namespace hookmail {

struct RenderedEmail;

// The From / To / Subject block above the preview's tabs, as a mail client shows them.
class EmailHeaderBlock : public QWidget
{
    Q_OBJECT
public:
    explicit EmailHeaderBlock(QWidget *parent = nullptr);

    // `empty`: there is no email yet (dashes instead of "nobody").
    void showEmail(const RenderedEmail &email, bool empty);

private:
    QLabel *m_from;
    QLabel *m_to;
    QLabel *m_subject;
    QLabel *m_localRender; // "a Mandrill template, rendered by Hookmail" (issue 18)
};

} // namespace hookmail
