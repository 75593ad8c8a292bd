#pragma once

#include "core/render/TemplateSize.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace hookmail {

// How close the email is to Ory's 64 KiB input limit (template plus the sign-up's details): a short label and
// a bar, shown under the designer. It turns to a warning before the limit (TemplateSize::nearLimit) and says
// plainly when Ory would refuse the email. It only shows what it is given (core's templateSize()).
class TemplateSizeMeter : public QWidget
{
    Q_OBJECT
public:
    enum class Level
    {
        Unknown, // nothing measured yet
        Ok,
        Warning, // near the limit (TemplateSize::nearLimit)
        Over     // above the limit: Ory refuses to run the template
    };

    explicit TemplateSizeMeter(QWidget *parent = nullptr);

    void setSize(const TemplateSize &size);
    void clear();
    Level level() const { return m_level; }
    QString text() const;

private:
    Level m_level = Level::Unknown;
    QLabel *m_label;
    QProgressBar *m_bar;
};

} // namespace hookmail
