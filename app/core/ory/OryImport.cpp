#include "core/ory/OryImport.h"

#include "core/ory/HookPlan.h"
#include "core/ory/WebHook.h"
#include "core/secrets/SecretRedaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUrl>
#include <QUuid>

namespace hookmail {

namespace {

// Named context for free functions: lupdate files Tr::tr() strings under it, the same context the lookup
// uses.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OryImport)
};

} // namespace

QList<ImportedAction> importWebHooks(const QJsonObject &config)
{
    QList<ImportedAction> out;
    QStringList keys; // grouping key per entry of `out`
    for (const HookList &list : enumerateHookLists(config)) {
        for (const QJsonValue &value : list.hooks) {
            const QJsonObject hook = value.toObject();
            if (hook.value(QStringLiteral("hook")).toString() != u"web_hook")
                continue;
            const QJsonObject cfg = hook.value(QStringLiteral("config")).toObject();
            const QString id = hookIdOf(hook);
            const QString groupKey =
                id.isEmpty() ? QString::fromUtf8(QJsonDocument(cfg).toJson(QJsonDocument::Compact))
                             : u"id:" + id;
            qsizetype at = keys.indexOf(groupKey);
            if (at < 0) {
                ImportedAction imported;
                Action &a = imported.action;
                a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                a.url = cfg.value(QStringLiteral("url")).toString();
                a.method = cfg.value(QStringLiteral("method")).toString(QStringLiteral("POST"));
                const QJsonObject response = cfg.value(QStringLiteral("response")).toObject();
                a.responseIgnore = response.value(QStringLiteral("ignore")).toBool(false);
                a.responseParse = response.value(QStringLiteral("parse")).toBool(false) ||
                                  cfg.value(QStringLiteral("can_interrupt")).toBool(false);
                a.mode = EditMode::Code;
                a.design = {};
                const QString body = cfg.value(QStringLiteral("body")).toString();
                if (body.startsWith(u"base64://")) {
                    const auto decoded = fromBase64Body(body);
                    if (!decoded) {
                        imported.notes.append(
                            Tr::tr("The body is not valid base64 (Ory fails this hook too); the "
                                   "template is empty."));
                    } else if (const auto unwrapped = unwrapShippedTemplate(*decoded)) {
                        imported.fromHookmail = true;
                        a.templateSource = QString::fromUtf8(unwrapped->userTemplate);
                        a.hookId = unwrapped->hookId;
                    } else {
                        QByteArray text = *decoded;
                        const QStringList found = keysInJsonnet(text);
                        if (!found.isEmpty()) {
                            text =
                                redactBytes(text, found, QString::fromUtf16(kMaskedKeyPlaceholder).toUtf8());
                            imported.notes.append(
                                Tr::tr("The template had an API key written into it; Hookmail "
                                       "replaced it with %1. "
                                       "Hookmail adds the key from the keychain when it "
                                       "pushes, so remove the key "
                                       "field from the template.")
                                    .arg(QString::fromUtf16(kMaskedKeyPlaceholder)));
                        }
                        a.templateSource = QString::fromUtf8(text);
                    }
                } else if (body.isEmpty()) {
                    imported.notes.append(Tr::tr("The hook has no body (Ory fails it at run time)."));
                } else {
                    imported.notes.append(
                        Tr::tr("The body is loaded by Ory from %1, which Hookmail cannot read; "
                               "the template is empty.")
                            .arg(body));
                }
                if (a.hookId.isEmpty())
                    a.hookId = cfg.value(QStringLiteral("id")).toString();
                if (a.hookId.isEmpty()) {
                    a.hookId = u"hookmail-" + QUuid::createUuid().toString(QUuid::WithoutBraces);
                    imported.notes.append(
                        Tr::tr("The hook has no id, so a push adds a new hook next to this one; "
                               "remove the original in the Ory Console afterwards."));
                }
                a.name = cfg.value(QStringLiteral("id")).toString();
                if (a.name.isEmpty() || a.name.startsWith(u"hookmail-"))
                    a.name = Tr::tr("Imported: %1 (%2)").arg(QUrl(a.url).host(), list.label);
                if (!cfg.value(QStringLiteral("auth")).isUndefined())
                    imported.notes.append(
                        Tr::tr("The hook authenticates with %1; Hookmail does not import credentials.")
                            .arg(cfg.value(QStringLiteral("auth"))
                                     .toObject()
                                     .value(QStringLiteral("type"))
                                     .toString()));
                out.append(imported);
                keys.append(groupKey);
                at = out.size() - 1;
            }
            if (list.point && !out[at].action.hookPoints.contains(*list.point))
                out[at].action.hookPoints.append(*list.point);
            else if (!list.point)
                out[at].notes.append(Tr::tr("Also in %1, which Hookmail does not know.").arg(list.label));
        }
    }
    return out;
}

Project importedProject(const QList<ImportedAction> &imported, const QString &oryProjectId)
{
    Project p = defaultProject();
    p.actions.clear();
    for (const ImportedAction &i : imported)
        p.actions.append(i.action);
    p.oryProjectId = oryProjectId;
    return p;
}

} // namespace hookmail
