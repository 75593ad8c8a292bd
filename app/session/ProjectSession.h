#pragma once

#include "core/model/HookPoint.h"
#include "core/model/Project.h"
#include "core/render/Checks.h"
#include "core/render/RenderService.h"

#include <QJsonObject>
#include <QObject>

namespace hookmail {

class DocumentController;
class DocumentPrompter;
class PreviewController;
class Settings;

// The one owner of what the window works on (docs/ARCHITECTURE.md): the open project (through its
// DocumentController), the current email, the sample moment (hook point) and person, the render request
// built from them and the last good render. Widget-free. Panes read from it and send their edits to it;
// every change comes back as a fine-grained signal, so no pane keeps a copy that another pane must keep in
// step. Edits that change nothing emit nothing.
class ProjectSession : public QObject
{
    Q_OBJECT
public:
    ProjectSession(Settings *settings, DocumentPrompter *prompter, RenderService *renderer,
                   QObject *parent = nullptr);
    ~ProjectSession() override;

    DocumentController *document() const { return m_document; }
    PreviewController *preview() const { return m_preview; }
    const Project &project() const;
    // The project's theme: every design-mode email is generated with it.
    const Theme &theme() const { return project().theme; }

    // The email being edited; nullptr when the project has none.
    const Action *currentAction() const;
    QString currentActionId() const { return m_currentId; }
    HookPoint hookPoint() const { return m_point; }
    SampleVariant sampleVariant() const { return m_variant; }
    RenderRequest currentRequest() const;
    // The body of the newest render that evaluated to a JSON object (key masked), for the test send and the
    // curl export; empty until one exists, and again after switching email.
    QJsonObject lastGoodBody() const { return m_lastGoodBody; }
    // What a test send posts: the last good body without its key (the sender adds the stored key itself);
    // nullopt until a render has produced one.
    std::optional<QJsonObject> testSendBody() const;

public slots:
    void selectAction(const QString &id);
    // Add, duplicate, rename, delete, hook points. Design-mode actions get their template regenerated with
    // the project's theme (as in editAction).
    void setActions(const QList<hookmail::Action> &actions);
    // Replaces the action with the same id; a design-mode action's template is regenerated from its design
    // and the theme, so whatever a pane sends, the template is what the design generates.
    void editAction(const hookmail::Action &action);
    // Restyles every email: design-mode templates are regenerated (one change of the document).
    void setTheme(const hookmail::Theme &theme);
    void setCurrentHookPoints(const QList<hookmail::HookPoint> &points);
    void setHookPoint(const hookmail::HookPoint &point);
    void choosePreset(const QString &name);
    void editSampleIdentity(const QJsonObject &identity);
    void editTransientPayload(const QJsonObject &payload);  // ctx.flow.transient_payload of the sample
    void setSampleVariant(hookmail::SampleVariant variant); // not saved: a way of looking at the moment
    void setTestRecipients(const QStringList &addresses);
    void setOryProjectId(const QString &id);
    // The request headers Ory passes to templates (nullopt → Kratos's default). Saved with the project.
    void setHeaderAllowlist(const std::optional<hookmail::RequestHeaderAllowlist> &allowlist);
    // A read Ory project's configuration is the truth for the sample: its clients.web_hook.header_allowlist
    // (or, when it sets none, Kratos's default) replaces the project's list. A malformed list is left alone.
    void adoptOryProjectConfig(const QString &projectName, const QJsonObject &identityConfig);
    void checkAllHookPoints();

signals:
    void projectReplaced(const hookmail::Project &project); // New/Open/recovery
    void actionsChanged(const QList<hookmail::Action> &actions);
    // Another email became current, or the current one changed (whoever changed it; a pane ignores an echo of
    // its own edit, since the action equals what it shows).
    void currentActionChanged(const hookmail::Action &action);
    void actionEdited(const hookmail::Action &action); // one email's content changed (not the list)
    // The theme changed; the design-mode emails were restyled (actionEdited for each that changed).
    void themeChanged(const hookmail::Theme &theme);
    void hookPointChanged(const hookmail::HookPoint &point);
    void sampleIdentityChanged(const QJsonObject &identity, const QString &preset);
    void transientPayloadChanged(const QJsonObject &payload);
    void headerAllowlistChanged(const std::optional<hookmail::RequestHeaderAllowlist> &allowlist);
    void lastGoodBodyChanged(const QJsonObject &body, const QString &fromEmail);

private:
    void editProject(const std::function<void(Project &)> &change);
    void onProjectReplaced(const Project &project);
    void announceCurrent();
    Action current() const;
    void followActionHookPoints();
    void refresh(bool immediately);

    DocumentController *m_document;
    PreviewController *m_preview;
    QString m_currentId;
    HookPoint m_point;
    SampleVariant m_variant = SampleVariant::Standard;
    QJsonObject m_lastGoodBody;
};

} // namespace hookmail
