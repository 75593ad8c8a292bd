#include "core/ory/HookPlan.h"

#include "core/common/JsonBridge.h"
#include "core/ory/WebHook.h"
#include "core/secrets/SecretRedaction.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace hookmail {

using jsonbridge::fromNlohmann;
using jsonbridge::toNlohmann;

namespace {

// Named context for free functions: lupdate files Tr::tr() strings under it, the same context the lookup
// uses.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HookPlan)
};

QString escapeToken(QString token)
{
    return token.replace(u'~', QStringLiteral("~0")).replace(u'/', QStringLiteral("~1"));
}

QStringList tokens(const QString &pointer)
{
    QStringList parts = pointer.split(u'/');
    if (!parts.isEmpty())
        parts.removeFirst(); // leading empty token
    for (QString &p : parts)
        p.replace(QStringLiteral("~1"), QStringLiteral("/"))
            .replace(QStringLiteral("~0"), QStringLiteral("~"));
    return parts;
}

QString joinPointer(const QStringList &parts)
{
    QString out;
    for (const QString &p : parts)
        out += u'/' + escapeToken(p);
    return out;
}

// Value at a pointer inside an object tree; undefined QJsonValue when absent.
QJsonValue valueAt(const QJsonObject &root, const QStringList &parts, int count)
{
    QJsonValue current = root;
    for (int i = 0; i < count; ++i) {
        if (!current.isObject())
            return QJsonValue(QJsonValue::Undefined);
        const QJsonObject o = current.toObject();
        if (!o.contains(parts[i]))
            return QJsonValue(QJsonValue::Undefined);
        current = o.value(parts[i]);
    }
    return current;
}

QString labelFor(const QStringList &parts)
{
    // selfservice/flows/<flow>/<phase>[/<method>]/hooks → flow/phase[/method]
    if (parts.size() >= 5 && parts[0] == u"selfservice" && parts[1] == u"flows")
        return parts.mid(2, parts.size() - 3).join(u'/');
    return joinPointer(parts);
}

QString prefixed(const QString &pointer)
{
    return QString::fromUtf16(kIdentityConfigPrefix) + pointer;
}

QJsonObject op(const char *name, const QString &path,
               const QJsonValue &value = QJsonValue(QJsonValue::Undefined))
{
    QJsonObject o{{QStringLiteral("op"), QString::fromLatin1(name)},
                  {QStringLiteral("path"), prefixed(path)}};
    if (!value.isUndefined())
        o.insert(QStringLiteral("value"), value);
    return o;
}

bool sameJson(const QJsonValue &a, const QJsonValue &b)
{
    return toNlohmann(a) == toNlohmann(b);
}

// Builds the patch operations for one change; fills createdPointer for created lists.
Status appendOps(const QJsonObject &config, HookListChange &change, QJsonArray &patch)
{
    const QStringList parts = tokens(change.pointer);
    if (change.existed) {
        patch.append(op("test", change.pointer, change.before));
        if (change.after)
            patch.append(op("replace", change.pointer, *change.after));
        else
            patch.append(
                op("remove", change.createdPointer.isEmpty() ? change.pointer : change.createdPointer));
        return Ok{};
    }
    if (!change.after)
        return Ok{}; // absent and should stay absent
    // Deepest existing ancestor: add the missing part as one nested value (RFC 6902 needs the parent to
    // exist).
    int existing = 0;
    while (existing < parts.size() - 1) {
        const QJsonValue v = valueAt(config, parts, existing + 1);
        if (v.isUndefined())
            break;
        if (!v.isObject())
            return Error{
                Tr::tr("The project's configuration has an unexpected value at %1 (not an object), so "
                       "Hookmail cannot add a hook list there. Fix it in the Ory Console first.")
                    .arg(joinPointer(parts.mid(0, existing + 1))),
                {},
                errorCodeName(ErrorCode::UnexpectedConfig)};
        ++existing;
    }
    QJsonValue value = *change.after;
    for (int i = parts.size() - 1; i > existing; --i)
        value = QJsonObject{{parts[i], value}};
    change.createdPointer = joinPointer(parts.mid(0, existing + 1));
    patch.append(op("add", change.createdPointer, value));
    return Ok{};
}

Result<HookPlan> finish(const QJsonObject &config, HookPlan plan)
{
    for (HookListChange &c : plan.changes) {
        const Status s = appendOps(config, c, plan.patch);
        if (!s)
            return s.error();
    }
    // Self-check: the patch must apply to the configuration it was computed from and give the planned lists.
    auto applied = applyPlan(config, plan);
    if (!applied)
        return applied.error();
    for (const HookListChange &c : plan.changes) {
        const auto now = hookListAt(applied.value(), c.pointer);
        if (c.after ? (!now || !sameJson(*now, *c.after)) : now.has_value())
            return Error{Tr::tr("Internal error: the computed change does not give the planned hook list %1.")
                             .arg(c.label),
                         {},
                         errorCodeName(ErrorCode::Internal)};
    }
    return plan;
}

} // namespace

QList<HookList> enumerateHookLists(const QJsonObject &config)
{
    QList<HookList> out;
    const QJsonObject flows =
        config.value(QStringLiteral("selfservice")).toObject().value(QStringLiteral("flows")).toObject();
    for (auto flow = flows.begin(); flow != flows.end(); ++flow) {
        const QJsonObject phases = flow.value().toObject();
        for (const QString &phase : {QStringLiteral("before"), QStringLiteral("after")}) {
            const QJsonObject p = phases.value(phase).toObject();
            auto add = [&](const QStringList &parts, const QJsonValue &hooks) {
                if (!hooks.isArray())
                    return;
                HookList l;
                l.pointer = joinPointer(parts);
                l.label = labelFor(parts);
                l.point = HookPoint::parse(l.label);
                l.hooks = hooks.toArray();
                out.append(l);
            };
            const QStringList base{QStringLiteral("selfservice"), QStringLiteral("flows"), flow.key(), phase};
            add(base + QStringList{QStringLiteral("hooks")}, p.value(QStringLiteral("hooks")));
            for (auto m = p.begin(); m != p.end(); ++m) {
                if (m.value().isObject())
                    add(base + QStringList{m.key(), QStringLiteral("hooks")},
                        m.value().toObject().value(QStringLiteral("hooks")));
            }
        }
    }
    return out;
}

std::optional<QJsonArray> hookListAt(const QJsonObject &config, const QString &pointer)
{
    const QStringList parts = tokens(pointer);
    const QJsonValue v = valueAt(config, parts, parts.size());
    if (!v.isArray())
        return std::nullopt;
    return v.toArray();
}

QList<HookList> methodListsOf(const QJsonObject &config, HookPoint::Flow flow)
{
    QList<HookList> out;
    for (const HookList &l : enumerateHookLists(config)) {
        if (l.point && l.point->flow == flow && l.point->phase == HookPoint::Phase::After &&
            !l.point->method.isEmpty())
            out.append(l);
        else if (!l.point && l.label.startsWith(HookPoint::flowName(flow) + u"/after/"))
            out.append(l); // a method Hookmail does not know yet is still a method list
    }
    return out;
}

QString hookIdOf(const QJsonValue &hook)
{
    const QJsonObject config = hook.toObject().value(QStringLiteral("config")).toObject();
    const QString id = config.value(QStringLiteral("id")).toString();
    if (!id.isEmpty())
        return id;
    const QString body = config.value(QStringLiteral("body")).toString();
    if (!body.startsWith(u"base64://"))
        return {};
    const auto decoded = fromBase64Body(body);
    if (!decoded)
        return {};
    const auto unwrapped = unwrapShippedTemplate(*decoded);
    return unwrapped ? unwrapped->hookId : QString();
}

bool isHookWithId(const QJsonValue &hook, const QString &hookId)
{
    if (hookId.isEmpty() || hook.toObject().value(QStringLiteral("hook")).toString() != u"web_hook")
        return false;
    return hookIdOf(hook) == hookId;
}

QString summarizeHook(const QJsonValue &hook)
{
    const QJsonObject o = hook.toObject();
    const QString type = o.value(QStringLiteral("hook")).toString();
    if (type != u"web_hook")
        return type.isEmpty() ? Tr::tr("(not a hook)") : type;
    const QJsonObject config = o.value(QStringLiteral("config")).toObject();
    QStringList notes;
    const QString id = hookIdOf(hook);
    if (!id.isEmpty())
        notes.append(Tr::tr("id %1").arg(id));
    const QJsonObject response = config.value(QStringLiteral("response")).toObject();
    if (response.value(QStringLiteral("ignore")).toBool())
        notes.append(Tr::tr("response ignored"));
    if (response.value(QStringLiteral("parse")).toBool() ||
        config.value(QStringLiteral("can_interrupt")).toBool())
        notes.append(Tr::tr("response parsed, runs before the identity is saved"));
    if (!config.contains(QStringLiteral("response")) || (!response.value(QStringLiteral("ignore")).toBool() &&
                                                         !response.value(QStringLiteral("parse")).toBool()))
        notes.append(Tr::tr("blocking"));
    QString s = u"web_hook " + config.value(QStringLiteral("method")).toString() + u' ' +
                config.value(QStringLiteral("url")).toString();
    if (!notes.isEmpty())
        s += u" (" + notes.join(QStringLiteral(", ")) + u')';
    return s;
}

Result<HookPlan> planPush(const QJsonObject &config, const Action &action, const QJsonObject &hook,
                          const PushOptions &options)
{
    if (action.hookId.isEmpty())
        return Error{
            Tr::tr("The action “%1” has no hook id, so Hookmail could not recognise it in the project later. "
                   "Save the project again to give it one.")
                .arg(action.name),
            {},
            errorCodeName(ErrorCode::NoHookId)};
    if (action.hookPoints.isEmpty())
        return Error{
            Tr::tr("The action “%1” is not attached to any hook point (for example “After sign-up with "
                   "password”). Choose at least one before pushing.")
                .arg(action.name),
            {},
            errorCodeName(ErrorCode::NoHookPoints)};
    HookPlan plan;
    QStringList targets;
    for (const HookPoint &point : action.hookPoints) {
        if (point.isGenericList()) {
            QList<HookList> methodLists;
            for (const HookList &l : methodListsOf(config, point.flow)) {
                if (!l.hooks.isEmpty())
                    methodLists.append(l);
            }
            if (!methodLists.isEmpty()) {
                QStringList labels;
                for (const HookList &l : methodLists)
                    labels.append(l.label);
                if (options.moveGenericToMethodLists) {
                    for (const HookList &l : methodLists) {
                        if (!targets.contains(l.pointer))
                            targets.append(l.pointer);
                    }
                    plan.findings.append(PlanFinding{
                        QStringLiteral("generic-list-moved"),
                        Tr::tr("“%1” is ignored by Ory because the project uses per-method lists, so "
                               "the hook goes into "
                               "those lists instead: %2.")
                            .arg(point.plainName(), labels.join(QStringLiteral(", ")))});
                } else {
                    plan.findings.append(PlanFinding{
                        QStringLiteral("generic-list-ignored"),
                        Tr::tr("Not pushed to %1: Ory never runs hooks in this generic list while "
                               "the per-method lists "
                               "(%2) are in use. Attach the action to those methods instead (or push "
                               "with “move to "
                               "method lists”).")
                            .arg(point.toString(), labels.join(QStringLiteral(", ")))});
                }
                continue;
            }
        }
        const QString pointer = point.configPointer();
        if (!targets.contains(pointer))
            targets.append(pointer);
    }

    // Every existing list, then the targets that do not exist yet.
    QList<HookList> lists = enumerateHookLists(config);
    for (const QString &t : targets) {
        bool found = false;
        for (const HookList &l : lists)
            found = found || l.pointer == t;
        if (!found) {
            HookList l;
            l.pointer = t;
            l.label = labelFor(tokens(t));
            l.point = HookPoint::parse(l.label);
            lists.append(l);
        }
    }
    for (const HookList &l : lists) {
        const bool existed = hookListAt(config, l.pointer).has_value();
        const bool isTarget = targets.contains(l.pointer);
        QJsonArray after;
        bool placed = false;
        int duplicates = 0;
        for (const QJsonValue &h : l.hooks) {
            if (isHookWithId(h, action.hookId)) {
                if (isTarget && !placed) {
                    after.append(hook); // replaced in place
                    placed = true;
                } else if (isTarget) {
                    ++duplicates;
                }
                continue; // dropped: duplicate, or a list the action is no longer attached to
            }
            after.append(h);
        }
        if (isTarget && !placed)
            after.append(hook);
        if (duplicates > 0)
            plan.findings.append(
                PlanFinding{QStringLiteral("duplicate-removed"),
                            Tr::tr("%1 had Hookmail's hook %2 times; the copies are removed.")
                                .arg(l.label)
                                .arg(duplicates + 1)});
        if (existed && sameJson(after, l.hooks))
            continue;
        if (!existed && !isTarget)
            continue;
        if (existed && !isTarget)
            plan.findings.append(
                PlanFinding{QStringLiteral("detached"),
                            Tr::tr("Removed from %1: the action is no longer attached there.").arg(l.label)});
        HookListChange change;
        change.pointer = l.pointer;
        change.label = l.label;
        change.existed = existed;
        change.before = l.hooks;
        change.after = after;
        plan.changes.append(change);
    }
    return finish(config, plan);
}

Result<HookPlan> planRemoval(const QJsonObject &config, const QString &hookId)
{
    if (hookId.isEmpty())
        return Error{Tr::tr("No hook id given: Hookmail only removes hooks it can recognise."),
                     {},
                     errorCodeName(ErrorCode::NoHookId)};
    HookPlan plan;
    for (const HookList &l : enumerateHookLists(config)) {
        QJsonArray after;
        for (const QJsonValue &h : l.hooks) {
            if (!isHookWithId(h, hookId))
                after.append(h);
        }
        if (after.size() == l.hooks.size())
            continue;
        plan.changes.append(HookListChange{l.pointer, l.label, true, {}, l.hooks, after});
    }
    return finish(config, plan);
}

Result<HookPlan> planRestore(const QJsonObject &config, const QList<DesiredList> &lists)
{
    HookPlan plan;
    for (const DesiredList &d : lists) {
        const auto now = hookListAt(config, d.pointer);
        if (!now && !d.hooks)
            continue;
        if (now && d.hooks && sameJson(*now, *d.hooks))
            continue;
        HookListChange change;
        change.pointer = d.pointer;
        change.label = labelFor(tokens(d.pointer));
        change.existed = now.has_value();
        change.before = now.value_or(QJsonArray());
        change.after = d.hooks;
        if (!d.hooks && !d.createdPointer.isEmpty()) {
            // Remove the whole object the push created, but only if it still holds nothing but this list.
            const QStringList created = tokens(d.createdPointer);
            QJsonValue v = valueAt(config, created, created.size());
            const QStringList rest = tokens(d.pointer).mid(created.size());
            bool onlyChain = true;
            for (const QString &key : rest) {
                if (!v.isObject())
                    break;
                const QJsonObject o = v.toObject();
                if (o.size() != 1)
                    onlyChain = false;
                v = o.value(key);
            }
            change.createdPointer = onlyChain ? d.createdPointer : QString();
        }
        plan.changes.append(change);
    }
    return finish(config, plan);
}

Result<QJsonObject> applyPlan(const QJsonObject &config, const HookPlan &plan)
{
    nlohmann::json doc = {{"services", {{"identity", {{"config", toNlohmann(config)}}}}}};
    try {
        doc = doc.patch(toNlohmann(plan.patch));
    } catch (const nlohmann::json::exception &e) {
        return Error{Tr::tr("The change could not be applied to the project's configuration (%1).")
                         .arg(QString::fromUtf8(e.what())),
                     QString::fromUtf8(e.what()), errorCodeName(ErrorCode::PatchFailed)};
    }
    return fromNlohmann(doc["services"]["identity"]["config"]).toObject();
}

QString planDiffText(const HookPlan &plan, const QStringList &secrets)
{
    QString out;
    if (plan.changes.isEmpty())
        out += Tr::tr("No change: the project already has exactly this.") + u'\n';
    for (const HookListChange &c : plan.changes) {
        const auto point = HookPoint::parse(c.label);
        out += c.label;
        if (point)
            out += u" — " + point->plainName();
        if (!c.existed)
            out += u' ' + Tr::tr("(new list)");
        else if (!c.after)
            out += u' ' + Tr::tr("(list removed)");
        out += u'\n';
        const QJsonArray after = c.after.value_or(QJsonArray());
        // Longest common subsequence over exact JSON equality, then pair "-"/"+" with the same hook id as
        // "~".
        const qsizetype n = c.before.size(), m = after.size();
        std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
        for (qsizetype i = n - 1; i >= 0; --i)
            for (qsizetype j = m - 1; j >= 0; --j)
                lcs[i][j] = sameJson(c.before.at(i), after.at(j)) ? lcs[i + 1][j + 1] + 1
                                                                  : std::max(lcs[i + 1][j], lcs[i][j + 1]);
        struct Line
        {
            char mark;
            QJsonValue hook;
        };
        QList<Line> lines;
        qsizetype i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && sameJson(c.before.at(i), after.at(j))) {
                lines.append({' ', c.before.at(i)});
                ++i, ++j;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                lines.append({'+', after.at(j++)});
            } else {
                lines.append({'-', c.before.at(i++)});
            }
        }
        for (qsizetype k = 0; k < lines.size(); ++k) {
            if (lines[k].mark != '-' && lines[k].mark != '+')
                continue;
            const char other = lines[k].mark == '-' ? '+' : '-';
            const QString id = hookIdOf(lines[k].hook);
            for (qsizetype l = k + 1; l < lines.size() && !id.isEmpty(); ++l) {
                if (lines[l].mark == other && hookIdOf(lines[l].hook) == id) {
                    // Shown once, where the old one was, with the new version's summary.
                    const qsizetype newAt = lines[k].mark == '-' ? l : k;
                    lines[k] = Line{'~', lines[newAt].hook};
                    lines.removeAt(l);
                    break;
                }
            }
        }
        for (const Line &line : lines) {
            QString text = summarizeHook(line.hook);
            if (line.mark == '~')
                text += u' ' + Tr::tr("[replaced in place: body or settings changed]");
            out += u"  " + QChar::fromLatin1(line.mark) + u' ' + redactText(text, secrets) + u'\n';
        }
        if (lines.isEmpty())
            out += u"    " + Tr::tr("(empty)") + u'\n';
    }
    for (const PlanFinding &f : plan.findings)
        out += u"! " + redactText(f.message, secrets) + u'\n';
    return out;
}

QJsonArray redactedPatch(const QJsonArray &patch, const QStringList &secrets)
{
    return redactJson(patch, secrets, secretMask(), true).toArray();
}

} // namespace hookmail
