#pragma once

#include "core/design/EmailDesign.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;

namespace hookmail {

class ColorButton;

// The Brand tab: the project's theme (colours, font, width, corners, logo), shared by every email of the
// project. setTheme() does not signal; each change emits edited() with the whole theme and the field name.
class ThemeForm : public QWidget
{
    Q_OBJECT
public:
    explicit ThemeForm(QWidget *parent = nullptr);

    void setTheme(const Theme &theme);
    const Theme &theme() const { return m_theme; }
    // "Helvetica, Arial, sans-serif" → "Helvetica (clean, no serifs)".
    static QString fontTitle(const QString &stack);

signals:
    void edited(const hookmail::Theme &theme, const QString &field);

private:
    ColorButton *colorRow(const QString &id, const QString &label, const QString &name,
                          QString Theme::*member);
    void commit(const QString &field, const std::function<void(Theme &)> &change);

    Theme m_theme;
    bool m_loading = false;
    QList<std::pair<ColorButton *, QString Theme::*>> m_colors;
    QComboBox *m_font;
    QSpinBox *m_width;
    QSpinBox *m_radius;
    QLineEdit *m_logo;
    QFormLayout *m_form;
};

} // namespace hookmail
