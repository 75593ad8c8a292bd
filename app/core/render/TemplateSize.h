#pragma once

#include "core/model/Project.h"
#include "eval/EvaluationTypes.h"

#include <QJsonObject>
#include <QString>

namespace hookmail {

// How close an email is to Ory's input limit, for a meter in the window: Ory's Jsonnet worker refuses more
// than 64 KiB of input, and that input is the template (twice: as the snippet and, base64-encoded, as the
// body URI passed as file name) plus the ctx, after Go's JSON encoding (docs/ARCHITECTURE.md, Ory §4).
struct TemplateSize
{
    qsizetype bytes = 0;                     // Ory's worker input for this template and ctx
    qsizetype limit = limits::maxInputBytes; // above this Ory fails the hook ("token too long")
    qsizetype warnAt =
        limits::maxInputBytes * 3 / 4; // from here the checks warn (bigger identities grow ctx)

    bool overLimit() const { return bytes > limit; }
    bool nearLimit() const { return bytes > warnAt; }
    // 0…1 (and above when over the limit), for a progress bar.
    double fraction() const { return limit > 0 ? double(bytes) / double(limit) : 0.0; }
};

// The size for an action's template (as pushed, with the key wrapper) and a ctx.
TemplateSize templateSize(const Action &action, const QJsonObject &ctx);
// The same for a template alone, with a hook id of the usual length.
TemplateSize templateSize(const QString &source, const QJsonObject &ctx);

} // namespace hookmail
