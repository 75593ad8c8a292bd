#pragma once

#include "core/model/HookPoint.h"
#include "core/model/SampleContext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace hookmail {

// "Preview as: [Jane ▾] [after sign-up with password ▾] [Edit person…]" — the compact bar above the
// preview. Only the moments the current email is attached to are offered (all of them while it is attached
// to none); the person is one of the sample presets. Editing the sample person opens the full sample pane.
class PreviewAsBar : public QWidget
{
    Q_OBJECT
public:
    explicit PreviewAsBar(QWidget *parent = nullptr);

    void setPresets(const QList<IdentityPreset> &presets);
    void setCurrentPreset(const QString &name); // no signal
    void setAttachedHookPoints(const QList<HookPoint> &points);
    void setHookPoint(const HookPoint &point); // no signal
    QString summary() const;                   // "Jane, after sign-up with password"

signals:
    void presetChosen(const QString &name);
    void hookPointChosen(const hookmail::HookPoint &point);
    void editSampleRequested();

private:
    QComboBox *m_person;
    QComboBox *m_moment;
    QToolButton *m_edit;
    QList<HookPoint> m_points;
};

} // namespace hookmail
