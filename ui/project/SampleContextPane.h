#pragma once

#include "core/model/HeaderAllowlist.h"
#include "core/model/HookPoint.h"
#include "core/model/SampleContext.h"
#include "core/render/Checks.h"

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QVBoxLayout;

namespace hookmail {

// The sample the preview renders against: which hook point (flow × phase × method in plain words) and
// variant of it (browser or app, Ory Network or self-hosted…), which sample person (a preset or edited as a
// profile form or as JSON with inline errors), the transient payload (greyed out, with the reason, where Ory
// drops it) and the "check against all hook points" matrix.
class SampleContextPane : public QWidget
{
    Q_OBJECT
public:
    explicit SampleContextPane(QWidget *parent = nullptr);

    void setPresets(const QList<IdentityPreset> &presets);
    void setCurrentPreset(const QString &name); // no signal
    QString currentPreset() const;

    void
    setHookPoints(const QList<HookPoint> &points); // the action's points first; defaults to HookPoint::all()
    void setHookPoint(const HookPoint &point);     // no signal
    HookPoint hookPoint() const;

    // The variant the person chose; where it does not exist at the hook point, Standard is shown (and
    // rendered: buildSampleContext ignores it there) until a hook point that has it is chosen again.
    void setSampleVariant(hookmail::SampleVariant variant); // no signal
    SampleVariant sampleVariant() const { return m_variant; }

    void setTransientPayload(const QJsonObject &payload); // no signal
    QJsonObject transientPayload() const { return m_payload; }
    QString transientPayloadErrorText() const;

    // The request headers Ory passes (nullopt → Kratos's default); no signal.
    void setHeaderAllowlist(const std::optional<hookmail::RequestHeaderAllowlist> &allowlist);
    std::optional<RequestHeaderAllowlist> headerAllowlist() const { return m_headerAllowlist; }
    // Reads clients.web_hook.header_allowlist from a Kratos configuration file ("Read from kratos.yml…");
    // a file that cannot be used leaves the list as it is and says why under the buttons.
    void loadKratosConfig(const QString &path);
    QString headerErrorText() const;

    void setIdentity(const QJsonObject &identity); // no signal
    QJsonObject identity() const { return m_identity; }

    void setMatrix(const QList<HookPointCheck> &rows);
    QString jsonErrorText() const;

    // Line and column (1-based) of a UTF-8 byte offset in text, for JSON errors.
    static std::pair<int, int> lineColumn(const QString &text, int utf8Offset);
    // A JSON parse error in words a non-developer can act on.
    static QString plainJsonError(int error);

signals:
    void hookPointChanged(const hookmail::HookPoint &point);
    void presetChosen(const QString &name);
    void identityEdited(const QJsonObject &identity);
    void sampleVariantChanged(hookmail::SampleVariant variant);
    void transientPayloadEdited(const QJsonObject &payload);
    void headerAllowlistEdited(const std::optional<hookmail::RequestHeaderAllowlist> &allowlist);
    void checkAllRequested();

private:
    void rebuildTraitsForm();
    void addTraitRows(QFormLayout *form, const QJsonObject &object, const QStringList &path);
    void setTrait(const QStringList &path, const QJsonValue &value);
    void updateJsonText();
    void updateAddressSummary();
    void parseJson();
    void parsePayload();
    void updateForHookPoint(); // variants offered and whether the payload reaches the hook
    void updateHeaderSummary();

    QJsonObject m_identity;
    QList<IdentityPreset> m_presets;
    bool m_updating = false;
    SampleVariant m_variant = SampleVariant::Standard;
    QJsonObject m_payload;
    std::optional<RequestHeaderAllowlist> m_headerAllowlist;

    QComboBox *m_hookPointCombo;
    QComboBox *m_variantCombo;
    QComboBox *m_presetCombo;
    QLabel *m_presetDescription;
    QLabel *m_addressSummary;
    QTabWidget *m_tabs;
    QWidget *m_traitsHost;
    QPlainTextEdit *m_jsonEdit;
    QLabel *m_jsonError;
    QPlainTextEdit *m_payloadEdit;
    QLabel *m_payloadError;
    QLabel *m_payloadReason;
    QLabel *m_headerSummary;
    QLabel *m_headerWarning;
    QLabel *m_headerError;
    QPushButton *m_readKratosButton;
    QPushButton *m_defaultHeadersButton;
    QPushButton *m_checkAllButton;
    QTableWidget *m_matrix;
};

} // namespace hookmail
