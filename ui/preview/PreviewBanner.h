#pragma once

#include <QColor>
#include <QFrame>
#include <QPixmap>

class QLabel;

namespace hookmail {

// The banner over the preview when Ory would not send the email as shown: an icon and selectable text on a
// rounded wash of the kind's colour. The background is painted directly, from a pixmap drawn once per size,
// tint and palette (a style sheet would re-polish the banner on every state change, several milliseconds of
// the GUI thread each time, and antialiased rounded shapes are slow to fill in software).
class PreviewBanner : public QFrame
{
public:
    enum class Kind
    {
        Info,    // the hook is skipped (cancelled)
        Warning, // one of Ory's limits
        Error    // the template fails
    };

    explicit PreviewBanner(QWidget *parent = nullptr);

    void setMessage(Kind kind, const QString &text);
    QString text() const;
    // Looks the banner's icons up in the icon theme ahead of the first message (the first lookup and decode
    // take milliseconds).
    void prewarmIcons() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void setTint(const QColor &tint);

    QLabel *m_icon;
    QLabel *m_label;
    bool m_haveIcon = false;
    Kind m_iconKind = Kind::Info; // whose icon m_icon shows
    QColor m_tint;
    QPixmap m_background;
    qint64 m_backgroundPalette = 0;
};

} // namespace hookmail
