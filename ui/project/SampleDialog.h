#pragma once

#include <QDialog>

namespace hookmail {

class SampleContextPane;

// "Edit person…": the sample person's full editor (form or JSON, the transient payload, the check against
// every moment) in a non-modal dialog, opened from the Preview-as bar. It scrolls when the screen is short.
class SampleDialog : public QDialog
{
    Q_OBJECT
public:
    SampleDialog(SampleContextPane *pane, QWidget *parent = nullptr);
    void showAndRaise();
};

} // namespace hookmail
