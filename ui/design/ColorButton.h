#pragma once

#include <QToolButton>

class QColorDialog;

namespace hookmail {

// A button showing a colour (a swatch and its #rrggbb); clicking opens a colour dialog without blocking
// (QColorDialog::open). colorChosen is emitted when the person picks a different colour.
class ColorButton : public QToolButton
{
    Q_OBJECT
public:
    explicit ColorButton(QWidget *parent = nullptr);

    void setColor(const QString &hex); // no signal
    QString color() const { return m_color; }
    QColorDialog *dialog() const { return m_dialog; } // while open

signals:
    void colorChosen(const QString &hex);

private:
    void openDialog();
    void updateLook();

    QString m_color;
    QColorDialog *m_dialog = nullptr;
};

} // namespace hookmail
