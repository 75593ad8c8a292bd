#pragma once

#include <QDialog>

namespace hookmail {

class OryPane;

// "Publish to Ory…": the OryPane's guided steps (key → project → will it fire → review and publish → result,
// with Roll back) in a dialog of their own, non-modal so the email and its preview stay usable beside it.
class PublishDialog : public QDialog
{
    Q_OBJECT
public:
    PublishDialog(OryPane *pane, QWidget *parent = nullptr);
    OryPane *pane() const { return m_pane; }

private:
    OryPane *m_pane;
};

} // namespace hookmail
