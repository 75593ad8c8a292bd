#include "project/PreviewAsBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace hookmail {

namespace {
QString lowerFirst(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toLower();
    return text;
}
} // namespace

PreviewAsBar::PreviewAsBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("previewAsBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    auto *caption = new QLabel(tr("Preview as:"), this);
    caption->setObjectName(QStringLiteral("previewAsCaption"));
    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("previewPersonCombo"));
    m_person->setAccessibleName(tr("Sample person"));
    m_moment = new QComboBox(this);
    m_moment->setObjectName(QStringLiteral("previewMomentCombo"));
    m_moment->setAccessibleName(tr("When the email is sent"));
    // They shrink with the column (the text is elided inside the box, the full text is in the list).
    for (QComboBox *box : {m_person, m_moment}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(4);
        box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    caption->setBuddy(m_person);
    m_edit = new QToolButton(this);
    m_edit->setObjectName(QStringLiteral("editSampleButton"));
    m_edit->setText(tr("Edit person…"));
    m_edit->setToolTip(tr("Change the sample person's name, addresses and other details, as a form or as "
                          "JSON, and check the email against every moment"));
    layout->addWidget(caption);
    layout->addWidget(m_person, 1);
    layout->addWidget(m_moment, 1);
    layout->addWidget(m_edit);
    connect(m_edit, &QToolButton::clicked, this, &PreviewAsBar::editSampleRequested);
    connect(m_person, &QComboBox::activated, this,
            [this](int index) { emit presetChosen(m_person->itemData(index).toString()); });
    connect(m_moment, &QComboBox::activated, this, [this](int index) {
        if (const auto point = HookPoint::parse(m_moment->itemData(index).toString()))
            emit hookPointChosen(*point);
    });
}

void PreviewAsBar::setPresets(const QList<IdentityPreset> &presets)
{
    const QString current = m_person->currentData().toString();
    m_person->clear();
    for (const IdentityPreset &p : presets) {
        m_person->addItem(p.title, p.name);
        m_person->setItemData(m_person->count() - 1, p.description, Qt::ToolTipRole);
    }
    setCurrentPreset(current);
}

void PreviewAsBar::setCurrentPreset(const QString &name)
{
    int index = m_person->findData(name);
    if (index < 0 && !name.isEmpty()) { // an edited person: say so rather than show a preset
        m_person->addItem(tr("Edited sample person"), name);
        index = m_person->count() - 1;
    }
    m_person->setCurrentIndex(index);
    m_person->setToolTip(m_person->currentText());
}

void PreviewAsBar::setAttachedHookPoints(const QList<HookPoint> &points)
{
    m_points = points.isEmpty() ? HookPoint::all() : points;
    const QString current = m_moment->currentData().toString();
    m_moment->clear();
    for (const HookPoint &p : std::as_const(m_points))
        m_moment->addItem(lowerFirst(p.plainName()), p.toString());
    const int index = m_moment->findData(current);
    m_moment->setCurrentIndex(index >= 0 ? index : 0);
    m_moment->setToolTip(points.isEmpty() ? tr("This email is not attached to any moment yet; choose when it "
                                               "is sent in the email list.")
                                          : m_moment->currentText());
}

void PreviewAsBar::setHookPoint(const HookPoint &point)
{
    int index = m_moment->findData(point.toString());
    if (index < 0) {
        m_moment->addItem(lowerFirst(point.plainName()), point.toString());
        index = m_moment->count() - 1;
    }
    m_moment->setCurrentIndex(index);
}

QString PreviewAsBar::summary() const
{
    return m_person->currentText() + u", " + m_moment->currentText();
}

} // namespace hookmail
