#include "core/ory/HookPlan.h"

#include "core/common/JsonBridge.h"
#include "core/ory/StoredBody.h"
#include "core/ory/WebHook.h"
#include "core/secrets/SecretRedaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

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

QString indexPath(const QString &listPointer, qsizetype index)
{
    return listPointer + u'/' + QString::number(index);
}

// Per-element operations that turn `before` into `after` inside the list at `pointer` (issue 17: never
// re-send a hook Hookmail did not write). Elements kept are matched first (a longest common subsequence in
// which keeping someone else's hook weighs far more than keeping Hookmail's own, so only Hookmail's hooks
// move); between two kept elements, a removed and an added hook with the same id become one in-place
// `replace`. Every `replace` and `remove` is guarded by a `test` of exactly the element it changes; an
// addition at the end is `add …/-`.
void appendListOps(const QString &pointer, const QJsonArray &before, const QJsonArray &after,
                   const QString &ownHookId, QJsonArray &patch)
{
    const qsizetype n = before.size(), m = after.size();
    std::vector<nlohmann::json> b, a;
    for (const QJsonValue &v : before)
        b.push_back(toNlohmann(v));
    for (const QJsonValue &v : after)
        a.push_back(toNlohmann(v));
    std::vector<long> weights;
    for (const QJsonValue &v : before)
        weights.push_back(isHookWithId(v, ownHookId) ? 1 : 1000);
    auto weight = [&](qsizetype i) { return weights[std::size_t(i)]; };
    std::vector<std::vector<long>> best(n + 1, std::vector<long>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j) {
            long v = std::max(best[i + 1][j], best[i][j + 1]);
            if (b[i] == a[j])
                v = std::max(v, weight(i) + best[i + 1][j + 1]);
            best[i][j] = v;
        }
    QList<QPair<qsizetype, qsizetype>> kept;
    for (qsizetype i = 0, j = 0; i < n && j < m;) {
        if (b[i] == a[j] && best[i][j] == weight(i) + best[i + 1][j + 1])
            kept.append({i++, j++});
        else if (best[i + 1][j] >= best[i][j + 1])
            ++i;
        else
            ++j;
    }
    kept.append({n, m}); // sentinel: the gap after the last kept element

    qsizetype at = 0;         // index in the list as the operations so far leave it
    qsizetype size = n;       // its length
    qsizetype bi = 0, aj = 0; // next element of before / after not yet handled
    for (const auto &[keptB, keptA] : kept) {
        // The gap before this kept element: before[bi, keptB) goes, after[aj, keptA) comes.
        QList<QPair<qsizetype, qsizetype>> pairs; // same hook id, in order: replaced in place
        qsizetype from = bi;
        for (qsizetype j = aj; j < keptA; ++j) {
            const QString id = hookIdOf(after.at(j));
            if (id.isEmpty())
                continue;
            for (qsizetype i = from; i < keptB; ++i) {
                if (hookIdOf(before.at(i)) == id) {
                    pairs.append({i, j});
                    from = i + 1;
                    break;
                }
            }
        }
        pairs.append({keptB, keptA});
        for (const auto &[pairB, pairA] : pairs) {
            for (; bi < pairB; ++bi, --size) {
                patch.append(op("test", indexPath(pointer, at), before.at(bi)));
                patch.append(op("remove", indexPath(pointer, at)));
            }
            for (; aj < pairA; ++aj, ++at, ++size)
                patch.append(op("add", at == size ? pointer + u"/-" : indexPath(pointer, at), after.at(aj)));
            if (pairB == keptB)
                break; // the kept element itself (or the end)
            patch.append(op("test", indexPath(pointer, at), before.at(pairB)));
            patch.append(op("replace", indexPath(pointer, at), after.at(pairA)));
            ++bi, ++aj, ++at;
        }
        ++bi, ++aj, ++at; // past the kept element
    }
}

bool existsIn(const nlohmann::json &config, const QStringList &parts, qsizetype count)
{
    const nlohmann::json *node = &config;
    for (qsizetype i = 0; i < count; ++i) {
        if (!node->is_object())
            return false;
        const auto it = node->find(parts[i].toStdString());
        if (it == node->end())
            return false;
        node = &*it;
    }
    return true;
}

const nlohmann::json *nodeAt(const nlohmann::json &config, const QStringList &parts, qsizetype count)
{
    const nlohmann::json *node = &config;
    for (qsizetype i = 0; i < count; ++i) {
        if (!node->is_object())
            return nullptr;
        const auto it = node->find(parts[i].toStdString());
        if (it == node->end())
            return nullptr;
        node = &*it;
    }
    return node;
}

// Builds the patch operations for one change against `config` as the operations before it leave it (so two
// lists under the same missing parent are created one after the other, not twice); fills createdPointer for
// created lists.
Status appendOps(const nlohmann::json &config, HookListChange &change, const QString &ownHookId,
                 QJsonArray &patch)
{
    const QStringList parts = tokens(change.pointer);
    if (change.existed) {
        if (change.after) {
            appendListOps(change.pointer, change.before, *change.after, ownHookId, patch);
            return Ok{};
        }
        // A list the push created goes again; with its parents when they hold nothing else by now.
        QString target = change.pointer;
        if (!change.createdPointer.isEmpty()) {
            const QStringList created = tokens(change.createdPointer);
            const nlohmann::json *node = nodeAt(config, created, created.size());
            bool onlyChain = node != nullptr;
            for (qsizetype i = created.size(); onlyChain && i < parts.size(); ++i) {
                onlyChain = node->is_object() && node->size() == 1 && node->contains(parts[i].toStdString());
                if (onlyChain)
                    node = &node->at(parts[i].toStdString());
            }
            if (onlyChain)
                target = change.createdPointer;
            else
                change.createdPointer.clear();
        }
        patch.append(op("test", change.pointer, change.before));
        patch.append(op("remove", target));
        return Ok{};
    }
    if (!change.after)
        return Ok{}; // absent and should stay absent
    // Deepest existing ancestor: add the missing part as one nested value (RFC 6902 needs the parent to
    // exist).
    qsizetype existing = 0;
    while (existing < parts.size() - 1 && existsIn(config, parts, existing + 1)) {
        if (!nodeAt(config, parts, existing + 1)->is_object())
            return Error{
                Tr::tr("The project's configuration has an unexpected value at %1 (not an object), so "
                       "Hookmail cannot add a hook list there. Fix it in the Ory Console first.")
                    .arg(joinPointer(parts.mid(0, existing + 1))),
                {},
                errorCodeName(ErrorCode::UnexpectedConfig)};
        ++existing;
    }
    QJsonValue value = *change.after;
    for (qsizetype i = parts.size() - 1; i > existing; --i)
        value = QJsonObject{{parts[i], value}};
    change.createdPointer = joinPointer(parts.mid(0, existing + 1));
    patch.append(op("add", change.createdPointer, value));
    return Ok{};
}

Error hiddenSecretError(const HookListChange &change, const QJsonValue &hook, const QString &field)
{
    return Error::of(
        ErrorCode::RedactedSecret,
        Tr::tr("Nothing was sent: Ory returned someone else's hook in %1 (%2) with its %3 hidden (empty or "
               "masked). Hookmail only ever changes its own hook, but Ory is known to lose such secrets "
               "when hook lists are saved, and a rollback could not restore a secret it cannot see. Open "
               "that hook in the Ory Console, check its %3 (enter it again if it was lost), then try again.")
            .arg(change.label, summarizeHook(hook),
                 field == u"password" ? Tr::tr("basic-auth password") : Tr::tr("API key value")));
}

Result<HookPlan> finish(const QJsonObject &config, HookPlan plan)
{
    // A foreign hook whose secret came back hidden: refuse before computing anything to send.
    for (const HookListChange &c : plan.changes) {
        for (const QJsonValue &h : c.before) {
            if (isHookWithId(h, plan.hookId))
                continue;
            const QString field = hiddenSecretOf(h);
            if (!field.isEmpty())
                return hiddenSecretError(c, h, field);
        }
    }
    nlohmann::json working = {{"services", {{"identity", {{"config", toNlohmann(config)}}}}}};
    for (HookListChange &c : plan.changes) {
        QJsonArray ops;
        const Status s = appendOps(working["services"]["identity"]["config"], c, plan.hookId, ops);
        if (!s)
            return s.error();
        try {
            working = working.patch(toNlohmann(ops));
        } catch (const nlohmann::json::exception &e) {
            return Error{Tr::tr("Internal error: the computed change to the hook list %1 does not apply.")
                             .arg(c.label),
                         QString::fromUtf8(e.what()), errorCodeName(ErrorCode::Internal)};
        }
        for (const QJsonValue &o : ops)
            plan.patch.append(o);
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

bool isMasked(const QString &secret)
{
    const QString s = secret.trimmed();
    if (s.isEmpty())
        return true;
    if (s.contains(u"redacted", Qt::CaseInsensitive) || s == QString::fromUtf16(kMaskedKeyPlaceholder))
        return true;
    for (const QChar c : s) {
        if (!QStringView(u"*•●·xX#.…").contains(c))
            return false;
    }
    return true;
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

bool isStoredFormOf(const QJsonValue &existing, const QJsonObject &desired)
{
    QJsonObject cfg = existing.toObject().value(QStringLiteral("config")).toObject();
    const QString stored = cfg.value(QStringLiteral("body")).toString();
    const QString wanted =
        desired.value(QStringLiteral("config")).toObject().value(QStringLiteral("body")).toString();
    if (!isStoredCopyOf(stored, wanted))
        return false;
    cfg.insert(QStringLiteral("body"), wanted);
    QJsonObject normalised = existing.toObject();
    normalised.insert(QStringLiteral("config"), cfg);
    return sameJson(normalised, desired);
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
    plan.hookId = action.hookId;
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
    QList<QPair<QString, QString>> stored; // Hookmail's hook kept as Ory's stored copy: (list, link)
    for (const HookList &l : lists) {
        const bool existed = hookListAt(config, l.pointer).has_value();
        const bool isTarget = targets.contains(l.pointer);
        QJsonArray after;
        bool placed = false;
        int duplicates = 0;
        for (const QJsonValue &h : l.hooks) {
            if (isHookWithId(h, action.hookId)) {
                if (isTarget && !placed) {
                    if (isStoredFormOf(h, hook)) {
                        // Ory keeps exactly this template as a stored copy: unchanged.
                        after.append(h);
                        stored.append({l.label, h[u"config"_s][u"body"_s].toString()});
                    } else {
                        after.append(hook); // replaced in place
                    }
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
    for (const QString &notice : storedBodyNotices(stored))
        plan.findings.append(PlanFinding{QStringLiteral("stored-body"), notice});
    return finish(config, plan);
}

Result<HookPlan> planRemoval(const QJsonObject &config, const QString &hookId)
{
    if (hookId.isEmpty())
        return Error{Tr::tr("No hook id given: Hookmail only removes hooks it can recognise."),
                     {},
                     errorCodeName(ErrorCode::NoHookId)};
    HookPlan plan;
    plan.hookId = hookId;
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

Result<HookPlan> planRestore(const QJsonObject &config, const QList<DesiredList> &lists,
                             const QString &hookId)
{
    HookPlan plan;
    plan.hookId = hookId;
    // Last list first: a list created after another under the same new parent goes first, so the parent
    // can go with the earlier one.
    for (auto d = lists.crbegin(); d != lists.crend(); ++d) {
        const auto now = hookListAt(config, d->pointer);
        if (!now && !d->hooks)
            continue;
        if (now && d->hooks && sameJson(*now, *d->hooks))
            continue;
        HookListChange change;
        change.pointer = d->pointer;
        change.label = labelFor(tokens(d->pointer));
        change.existed = now.has_value();
        change.before = now.value_or(QJsonArray());
        change.after = d->hooks;
        if (now && d->hooks) {
            // A hook Ory now keeps with a stored copy of exactly the wanted body stays as it is (never
            // re-sent).
            QList<bool> used(now->size(), false);
            QJsonArray wanted;
            for (const QJsonValue &h : *d->hooks) {
                QJsonValue chosen = h;
                for (qsizetype i = 0; i < now->size(); ++i) {
                    if (!used[i] && isStoredFormOf(now->at(i), h.toObject())) {
                        used[i] = true;
                        chosen = now->at(i);
                        break;
                    }
                }
                wanted.append(chosen);
            }
            if (sameJson(*now, wanted))
                continue;
            change.after = wanted;
        }
        if (!d->hooks) {
            // The list did not exist before. If someone added hooks to it since, only Hookmail's go.
            QJsonArray others;
            for (const QJsonValue &h : *now) {
                if (!isHookWithId(h, hookId))
                    others.append(h);
            }
            if (!hookId.isEmpty() && !others.isEmpty()) {
                change.after = others;
                plan.findings.append(PlanFinding{
                    QStringLiteral("list-kept"),
                    Tr::tr("%1 is kept: Hookmail created it, but it holds other hooks by now; only "
                           "Hookmail's hook is removed from it.")
                        .arg(change.label)});
            } else {
                change.createdPointer = d->createdPointer;
            }
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

PlanCheck checkPlanApplied(const HookPlan &plan, const QJsonObject &returned)
{
    PlanCheck check;
    for (const HookListChange &c : plan.changes) {
        const auto now = hookListAt(returned, c.pointer);
        if (!c.after) {
            if (now)
                check.differences.append({c.pointer, PlanDifference::Kind::Unplanned});
            continue;
        }
        if (!now) {
            check.differences.append({c.pointer, PlanDifference::Kind::Missing});
            continue;
        }
        QJsonArray actual = *now;
        for (qsizetype i = 0; i < std::min(actual.size(), c.after->size()); ++i) {
            // A body Ory replaced by its stored copy of exactly the planned template is what was planned.
            const QString planned = c.after->at(i)[u"config"_s][u"body"_s].toString();
            const QString stored = actual.at(i)[u"config"_s][u"body"_s].toString();
            if (planned == stored || !isStoredCopyOf(stored, planned))
                continue;
            if (isHookWithId(actual.at(i), plan.hookId) && !check.storedBodies.contains({c.label, stored}))
                check.storedBodies.append({c.label, stored});
            QJsonObject hook = actual.at(i).toObject();
            QJsonObject cfg = hook.value(u"config"_s).toObject();
            cfg.insert(u"body"_s, planned);
            hook.insert(u"config"_s, cfg);
            actual.replace(i, hook);
        }
        for (const QJsonValue &h : actual) {
            const QString body = h[u"config"_s][u"body"_s].toString();
            if (isHookWithId(h, plan.hookId) && isStoredBody(body)) {
                if (!check.storedBodies.contains({c.label, body}))
                    check.storedBodies.append({c.label, body}); // kept as it was
            }
        }
        const nlohmann::json diff = nlohmann::json::diff(toNlohmann(*c.after), toNlohmann(actual));
        for (const auto &o : diff) {
            const std::string kind = o.value("op", std::string());
            PlanDifference d;
            d.path = c.pointer + QString::fromStdString(o.value("path", std::string()));
            d.kind = kind == "remove" ? PlanDifference::Kind::Missing
                     : kind == "add"  ? PlanDifference::Kind::Unplanned
                                      : PlanDifference::Kind::Changed;
            check.differences.append(d);
        }
    }
    return check;
}

QString planDifferencesText(const QList<PlanDifference> &differences)
{
    QStringList lines;
    for (const PlanDifference &d : differences) {
        switch (d.kind) {
        case PlanDifference::Kind::Missing:
            lines.append(Tr::tr("%1 (missing in Ory's answer)").arg(d.path));
            break;
        case PlanDifference::Kind::Unplanned:
            lines.append(Tr::tr("%1 (in Ory's answer, not in the change)").arg(d.path));
            break;
        case PlanDifference::Kind::Changed:
            lines.append(Tr::tr("%1 (a different value in Ory's answer)").arg(d.path));
            break;
        }
    }
    return lines.join(u'\n');
}

QStringList storedBodyNotices(const QList<QPair<QString, QString>> &storedBodies)
{
    QStringList urls;
    QList<QStringList> labels;
    for (const auto &[label, url] : storedBodies) {
        qsizetype at = urls.indexOf(url);
        if (at < 0) {
            urls.append(url);
            labels.append(QStringList());
            at = urls.size() - 1;
        }
        if (!labels[at].contains(label))
            labels[at].append(label);
    }
    QStringList notices;
    for (qsizetype i = 0; i < urls.size(); ++i)
        notices.append(storedBodyNotice(labels[i], urls[i]));
    return notices;
}

QString storedBodyNotice(const QStringList &listLabels, const QString &url)
{
    return Tr::
        tr("In %1 Ory keeps the template of Hookmail's hook as a stored copy at %2. That copy contains "
           "the Mandrill key, and its link needs no credentials: anyone who has it can read the key. "
           "Use a Mandrill key that may only send (messages/send, and messages/send-template for templates "
           "kept in Mandrill), and replace the key if the link leaks.")
            .arg(listLabels.join(QStringLiteral(", ")), shortStoredBodyUrl(url));
}

QString hiddenSecretOf(const QJsonValue &hook)
{
    const QJsonObject o = hook.toObject();
    if (o.value(u"hook"_s).toString() != u"web_hook")
        return {};
    const QJsonObject config = o.value(u"config"_s).toObject();
    if (!config.contains(u"auth"_s))
        return {};
    const QJsonObject auth = config.value(u"auth"_s).toObject();
    const QString type = auth.value(u"type"_s).toString();
    const QJsonObject authConfig = auth.value(u"config"_s).toObject();
    const QString field = type == u"basic_auth" ? u"password"_s : type == u"api_key" ? u"value"_s : QString();
    if (field.isEmpty())
        return {};
    const QJsonValue secret = authConfig.value(field);
    if (!secret.isString() || isMasked(secret.toString()))
        return field;
    return {};
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
