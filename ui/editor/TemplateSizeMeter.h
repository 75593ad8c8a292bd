#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace hookmail {

// How close the email is to Ory's 64 KiB input limit (template plus the sign-up's details): a short label and
// a bar, shown under the designer. It turns to a warning before the limit and says plainly when Ory would
// refuse the email. It only shows numbers it is given (the core computes them, see MainWindow).
class TemplateSizeMeter : public QWidget
{
    Q_OBJECT
public:
    enum class Level
    {
        Unknown, // nothing measured yet
        Ok,
        Warning, // at or above the warning threshold
        Over     // above the limit: Ory refuses to run the template
    };

    explicit TemplateSizeMeter(QWidget *parent = nullptr);

    // `bytes` of Ory's input against its `limit`; from `warnFrom` bytes on, the meter warns.
    void setSize(qsizetype bytes, qsizetype limit, qsizetype warnFrom);
    void clear();
    Level level() const { return m_level; }
    QString text() const;

private:
    Level m_level = Level::Unknown;
    QLabel *m_label;
    QProgressBar *m_bar;
};

} // namespace hookmail
