#include "JsonnetEngine.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QStringList>
#include <cstring>

extern "C" {
#include <libjsonnet.h>
#include <libjsonnet_fmt.h>
}

namespace hookmail {

namespace {

// Named context for free functions: lupdate files Tr::tr() strings under it, the same context the lookup
// uses.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(JsonnetEngine)
};

// The std functions go-jsonnet v0.21 (Ory) has and libjsonnet 0.18 lacks (reference/jsonnet/STD-DIFF.md),
// written to match go-jsonnet's builtins.go / std.jsonnet semantics. It is collapsed to ONE line and put in
// front of the user's text without a newline, so every user line keeps its number; only line-1 columns
// shift, which parseJsonnetError() undoes. Operators desugar through libjsonnet's internal $std, so
// shadowing `std` here is safe. No `//` comments in here: they would swallow the user's first line.
// Local names avoid the parameter names go-jsonnet uses (str, arr, s, x, ...) so named arguments work.
const char kPreludeSource[] = R"jsonnet(
local __hookmail_std = std;
local std = __hookmail_std + {
  local B = __hookmail_std,
  local T(v, t) = if B.type(v) == t then v else error ('Unexpected type ' + B.type(v) + ', expected ' + t),
  local TRUNC(v) = if v >= 0 then B.floor(v) else -B.floor(-v),
  local WS = ' \t\n\u000b\f\r\u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000',
  local SUM(a) = B.foldl(function(acc, e) acc + T(e, 'number'), T(a, 'array'), 0),
  local REMOVEAT(a, at) = [a[j] for j in B.range(0, B.length(a) - 1) if j != at],
  local PICK(a, keyF, better) =
    B.foldl(function(best, j) local k = keyF(a[j]); if better(k, best.k) then { v: a[j], k: k } else best,
            B.range(1, B.length(a) - 1), { v: a[0], k: keyF(a[0]) }).v,
  trim(str):: B.stripChars(T(str, 'string'), WS),
  isEmpty(str):: B.length(T(str, 'string')) == 0,
  equalsIgnoreCase(str1, str2):: B.native('hookmail.equalsIgnoreCase')(T(str1, 'string'), T(str2, 'string')),
  all(arr)::
    assert B.isArray(arr) : 'all() parameter should be an array, got ' + B.type(arr);
    local n = B.length(arr);
    local aux(i) =
      if i >= n then true
      else local e = arr[i];
        if !B.isBoolean(e) then error ('element "%s" of type %s is not a boolean' % [e, B.type(e)])
        else if !e then false else aux(i + 1) tailstrict;
    aux(0),
  any(arr)::
    assert B.isArray(arr) : 'any() parameter should be an array, got ' + B.type(arr);
    local n = B.length(arr);
    local aux(i) =
      if i >= n then false
      else local e = arr[i];
        if !B.isBoolean(e) then error ('element "%s" of type %s is not a boolean' % [e, B.type(e)])
        else if e then true else aux(i + 1) tailstrict;
    aux(0),
  contains(arr, elem)::
    local a = T(arr, 'array');
    local n = B.length(a);
    local aux(i) = if i >= n then false else if a[i] == elem then true else aux(i + 1) tailstrict;
    aux(0),
  sum(arr):: SUM(arr),
  avg(arr)::
    local a = T(arr, 'array');
    if B.length(a) == 0 then error 'Cannot calculate average of an empty array.' else SUM(a) / B.length(a),
  round(x)::
    local v = T(x, 'number');
    local f = B.floor(v);
    local d = v - f;
    if d > 0.5 then f + 1 else if d < 0.5 then f else if v >= 0 then f + 1 else f,
  isEven(x):: TRUNC(T(x, 'number')) % 2 == 0,
  isOdd(x):: TRUNC(T(x, 'number')) % 2 != 0,
  isInteger(x):: local v = T(x, 'number'); TRUNC(v) == v,
  isDecimal(x):: local v = T(x, 'number'); TRUNC(v) != v,
  xor(x, y):: T(x, 'boolean') != T(y, 'boolean'),
  xnor(x, y):: T(x, 'boolean') == T(y, 'boolean'),
  minArray(arr, keyF=function(v) v, onEmpty=error 'Expected at least one element in array. Got none')::
    local a = T(arr, 'array');
    if B.length(a) == 0 then onEmpty else PICK(a, T(keyF, 'function'), function(k, best) best > k),
  maxArray(arr, keyF=function(v) v, onEmpty=error 'Expected at least one element in array. Got none')::
    local a = T(arr, 'array');
    if B.length(a) == 0 then onEmpty else PICK(a, T(keyF, 'function'), function(k, best) best < k),
  objectKeysValues(o):: [{ key: k, value: o[k] } for k in B.objectFields(T(o, 'object'))],
  objectKeysValuesAll(o):: [{ key: k, value: o[k] } for k in B.objectFieldsAll(T(o, 'object'))],
  objectRemoveKey(obj, key)::
    local ob = T(obj, 'object');
    local name = T(key, 'string');
    B.foldl(function(acc, k) acc + { [k]:: ob[k] },
            [k for k in B.objectFieldsAll(ob) if k != name && !B.objectHas(ob, k)],
            { [k]: ob[k] for k in B.objectFields(ob) if k != name }),
  remove(arr, elem)::
    local a = T(arr, 'array');
    local n = B.length(a);
    local find(i) = if i >= n then -1 else if a[i] == elem then i else find(i + 1) tailstrict;
    local at = find(0);
    if at < 0 then a else REMOVEAT(a, at),
  removeAt(arr, i):: REMOVEAT(T(arr, 'array'), T(i, 'number')),
  sha1(s):: B.native('hookmail.sha1')(T(s, 'string')),
  sha256(s):: B.native('hookmail.sha256')(T(s, 'string')),
  sha512(s):: B.native('hookmail.sha512')(T(s, 'string')),
  sha3(s):: B.native('hookmail.sha3')(T(s, 'string')),
  splitLimitR(str, c, maxsplits)::
    local st = T(str, 'string');
    local sep = T(c, 'string');
    local m = T(maxsplits, 'number');
    local sl = B.length(sep);
    if m < -1 then error ('std.splitLimitR third parameter should be -1 or non-negative, got ' + m)
    else if sl < 1 then error ('std.splitLimitR second parameter should have length 1 or greater, got ' + sl)
    else
      local aux(rest, n, acc) =
        local found = B.findSubstr(sep, rest);
        if n == 0 || B.length(found) == 0 then [rest] + acc
        else
          local at = found[B.length(found) - 1];
          aux(B.substr(rest, 0, at), n - 1, [B.substr(rest, at + sl, B.length(rest) - at - sl)] + acc) tailstrict;
      aux(st, m, []),
};
)jsonnet";

const QByteArray &prelude()
{
    static const QByteArray text = [] {
        // Collapse to one line: every newline plus the indentation after it becomes one space.
        QByteArray in(kPreludeSource);
        QByteArray out;
        out.reserve(in.size());
        for (qsizetype i = 0; i < in.size(); ++i) {
            if (in.at(i) == '\n') {
                while (i + 1 < in.size() && in.at(i + 1) == ' ')
                    ++i;
                if (!out.isEmpty() && !out.endsWith(' '))
                    out.append(' ');
                continue;
            }
            out.append(in.at(i));
        }
        if (!out.endsWith(' '))
            out.append(' ');
        return out;
    }();
    return text;
}

char *copyToVm(JsonnetVm *vm, const QByteArray &text)
{
    char *buf = jsonnet_realloc(vm, nullptr, size_t(text.size()) + 1);
    std::memcpy(buf, text.constData(), size_t(text.size()) + 1);
    return buf;
}

// Ory's evaluator uses an importer that always fails: `import not available <path>` (docs/ARCHITECTURE.md,
// Ory §4).
char *refuseImport(void *ctx, const char * /*base*/, const char *rel, char ** /*foundHere*/, int *success)
{
    *success = 0;
    return copyToVm(static_cast<JsonnetVm *>(ctx), QByteArray("import not available ") + rel);
}

enum class Hash
{
    Sha1,
    Sha256,
    Sha512,
    Sha3
};

template <Hash H> JsonnetJsonValue *hashNative(void *ctx, const JsonnetJsonValue *const *argv, int *success)
{
    auto *vm = static_cast<JsonnetVm *>(ctx);
    const char *s = jsonnet_json_extract_string(vm, argv[0]);
    if (!s) {
        *success = 0;
        return jsonnet_json_make_string(vm, "Unexpected type, expected string");
    }
    QCryptographicHash::Algorithm algorithm = QCryptographicHash::Sha1;
    switch (H) {
    case Hash::Sha1:
        algorithm = QCryptographicHash::Sha1;
        break;
    case Hash::Sha256:
        algorithm = QCryptographicHash::Sha256;
        break;
    case Hash::Sha512:
        algorithm = QCryptographicHash::Sha512;
        break;
    case Hash::Sha3:
        algorithm = QCryptographicHash::Sha3_512; // go-jsonnet std.sha3 = sha3.Sum512
        break;
    }
    *success = 1;
    const QByteArray hex = QCryptographicHash::hash(QByteArray(s), algorithm).toHex();
    return jsonnet_json_make_string(vm, hex.constData());
}

JsonnetJsonValue *equalsIgnoreCaseNative(void *ctx, const JsonnetJsonValue *const *argv, int *success)
{
    auto *vm = static_cast<JsonnetVm *>(ctx);
    const char *a = jsonnet_json_extract_string(vm, argv[0]);
    const char *b = jsonnet_json_extract_string(vm, argv[1]);
    if (!a || !b) {
        *success = 0;
        return jsonnet_json_make_string(vm, "Unexpected type, expected string");
    }
    *success = 1;
    // Go's strings.EqualFold uses Unicode simple case folding, as QString's case-insensitive compare does.
    const bool equal = QString::compare(QString::fromUtf8(a), QString::fromUtf8(b), Qt::CaseInsensitive) == 0;
    return jsonnet_json_make_bool(vm, equal ? 1 : 0);
}

struct Location
{
    bool valid = false;
    int line = 0, column = 0, endLine = 0, endColumn = 0; // libjsonnet: end column is exclusive
};

// "L:C", "L:C-E" or "(L:C)-(L2:C2)".
Location parseLocation(QStringView text)
{
    static const QRegularExpression multi(QStringLiteral("^\\((\\d+):(\\d+)\\)-\\((\\d+):(\\d+)\\)$"));
    static const QRegularExpression single(QStringLiteral("^(\\d+):(\\d+)(?:-(\\d+))?$"));
    Location loc;
    if (const auto m = multi.match(text); m.hasMatch()) {
        loc.valid = true;
        loc.line = m.captured(1).toInt();
        loc.column = m.captured(2).toInt();
        loc.endLine = m.captured(3).toInt();
        loc.endColumn = m.captured(4).toInt();
    } else if (const auto m2 = single.match(text); m2.hasMatch()) {
        const int line = m2.captured(1).toInt();
        const int col = m2.captured(2).toInt();
        const int end = m2.captured(3).isEmpty() ? col : m2.captured(3).toInt();
        loc.valid = true;
        loc.line = line;
        loc.column = col;
        loc.endLine = line;
        loc.endColumn = end;
    }
    return loc;
}

bool isPreludeLocation(const Location &loc, int prefixColumns)
{
    return loc.valid && loc.line == 1 && loc.column <= prefixColumns;
}

Location mapLocation(Location loc, int prefixColumns)
{
    if (loc.line == 1)
        loc.column = qMax(1, loc.column - prefixColumns);
    if (loc.endLine == 1)
        loc.endColumn = qMax(1, loc.endColumn - prefixColumns);
    return loc;
}

QString formatLocation(const Location &loc)
{
    if (loc.line != loc.endLine)
        return QStringLiteral("(%1:%2)-(%3:%4)")
            .arg(loc.line)
            .arg(loc.column)
            .arg(loc.endLine)
            .arg(loc.endColumn);
    if (loc.column == loc.endColumn)
        return QStringLiteral("%1:%2").arg(loc.line).arg(loc.column);
    return QStringLiteral("%1:%2-%3").arg(loc.line).arg(loc.column).arg(loc.endColumn);
}

void setPosition(EvaluationError &error, const Location &loc, bool exclusiveEnd)
{
    error.line = loc.line;
    error.column = loc.column;
    if (loc.line == loc.endLine)
        error.endColumn = exclusiveEnd ? qMax(loc.column, loc.endColumn - 1) : loc.endColumn;
    else
        error.endColumn = 0;
}

// go-jsonnet (Ory) words a few common errors differently from libjsonnet.
QString goJsonnetWording(const QString &message)
{
    static const QRegularExpression field(QStringLiteral("^field does not exist: (.*)$"),
                                          QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression bounds(
        QStringLiteral("^array bounds error: (\\S+) not within \\[0, (\\d+)\\)$"));
    static const QRegularExpression import(
        QStringLiteral("^couldn't open import \"(?:[^\"\\\\]|\\\\.)*\": (import not available .*)$"),
        QRegularExpression::DotMatchesEverythingOption);
    if (message.startsWith(QLatin1String("undefined external variable: ")))
        return QLatin1Char('U') + message.mid(1);
    if (const auto m = field.match(message); m.hasMatch())
        return QStringLiteral("Field does not exist: ") + m.captured(1);
    if (const auto m = bounds.match(message); m.hasMatch())
        return QStringLiteral("Index %1 out of bounds, not within [0, %2)").arg(m.captured(1), m.captured(2));
    if (const auto m = import.match(message); m.hasMatch())
        return m.captured(1);
    return message;
}

} // namespace

EvaluationError parseJsonnetError(const QString &text, const QString &filename, int prefixColumns)
{
    EvaluationError error;
    const QString staticPrefix = QStringLiteral("STATIC ERROR: ");
    const QString runtimePrefix = QStringLiteral("RUNTIME ERROR: ");
    const QString filePrefix = filename + QLatin1Char(':');

    if (text.startsWith(staticPrefix)) {
        error.kind = EvaluationError::Kind::Syntax;
        QString rest = text.mid(staticPrefix.size());
        while (rest.endsWith(QLatin1Char('\n')))
            rest.chop(1);
        if (rest.startsWith(filePrefix)) {
            const QString afterFile = rest.mid(filePrefix.size());
            const qsizetype sep = afterFile.indexOf(QStringLiteral(": "));
            const Location loc = sep > 0 ? parseLocation(QStringView(afterFile).left(sep)) : Location{};
            if (loc.valid) {
                const Location mapped = mapLocation(loc, prefixColumns);
                // Static error ranges are exclusive at the end, like runtime ones.
                setPosition(error, mapped, loc.column != loc.endColumn);
                error.message = afterFile.mid(sep + 2);
                error.raw =
                    staticPrefix + filePrefix + formatLocation(mapped) + QStringLiteral(": ") + error.message;
                return error;
            }
        }
        error.message = rest;
        error.raw = text.trimmed();
        return error;
    }

    if (!text.startsWith(runtimePrefix)) {
        error.kind = EvaluationError::Kind::Internal;
        error.message = text.trimmed();
        error.raw = error.message;
        return error;
    }

    error.kind = EvaluationError::Kind::Runtime;
    // The message may span several lines; stack frames are the lines that start with a tab.
    const QStringList lines = text.mid(runtimePrefix.size()).split(QLatin1Char('\n'));
    QStringList messageLines;
    QStringList frames;
    bool inFrames = false;
    bool preludeSeen = false;     // a frame inside our std additions was dropped ...
    bool userSeen = false;        // ... before the first frame in the user's code
    qsizetype innerStdFrames = 0; // std.jsonnet frames called from the prelude, before any user frame
    for (const QString &line : lines) {
        if (!inFrames && !line.startsWith(QLatin1Char('\t'))) {
            messageLines << line;
            continue;
        }
        inFrames = true;
        if (line.isEmpty())
            continue;
        QString frame = line.mid(1);
        const qsizetype tab = frame.indexOf(QLatin1Char('\t'));
        const QString where = tab >= 0 ? frame.left(tab) : frame;
        const QString what = tab >= 0 ? frame.mid(tab + 1) : QString();
        if (where.startsWith(filePrefix)) {
            const Location loc = parseLocation(QStringView(where).mid(filePrefix.size()));
            if (loc.valid) {
                if (isPreludeLocation(loc, prefixColumns)) {
                    preludeSeen = true;
                    continue; // a frame inside our std additions: not the user's code
                }
                if (!userSeen && preludeSeen) {
                    // libjsonnet std frames reached through the prelude are noise to the user.
                    frames.remove(frames.size() - innerStdFrames, innerStdFrames);
                }
                userSeen = true;
                const Location mapped = mapLocation(loc, prefixColumns);
                if (error.line == 0)
                    setPosition(error, mapped, true);
                frame = filePrefix + formatLocation(mapped) + QLatin1Char('\t') + what;
            }
        }
        if (!userSeen && where.startsWith(QLatin1String("std.jsonnet:")))
            ++innerStdFrames;
        frames << QLatin1Char('\t') + frame;
    }
    while (!messageLines.isEmpty() && messageLines.constLast().isEmpty())
        messageLines.removeLast();
    const QString message = messageLines.join(QLatin1Char('\n'));
    error.message = goJsonnetWording(message);
    error.raw = runtimePrefix + message;
    if (!frames.isEmpty())
        error.raw += QLatin1Char('\n') + frames.join(QLatin1Char('\n'));
    return error;
}

std::optional<EvaluationError> unreadableTemplateBytes(const QByteArray &source)
{
    const auto *p = reinterpret_cast<const unsigned char *>(source.constData());
    const qsizetype n = source.size();
    int line = 1;
    int column = 1;
    auto fail = [&](const QString &message) {
        EvaluationError error;
        error.kind = EvaluationError::Kind::Syntax;
        error.line = line;
        error.column = column;
        error.endColumn = column;
        error.message = message;
        error.raw =
            QStringLiteral("STATIC ERROR: template.jsonnet:%1:%2: %3").arg(line).arg(column).arg(message);
        return std::optional<EvaluationError>(error);
    };
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        if (c == 0)
            return fail(
                Tr::tr("The template contains a NUL byte (character code 0) here; Jsonnet cannot read "
                       "it. Delete it."));
        if (c < 0x80) {
            if (c == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
            ++i;
            continue;
        }
        // Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF.
        int length = 0;
        unsigned char low = 0x80, high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                low = 0xA0;
            else if (c == 0xED)
                high = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                low = 0x90;
            else if (c == 0xF4)
                high = 0x8F;
        }
        bool valid = length > 0 && i + length <= n;
        for (int k = 1; valid && k < length; ++k) {
            const unsigned char cc = p[i + k];
            valid = k == 1 ? (cc >= low && cc <= high) : (cc >= 0x80 && cc <= 0xBF);
        }
        if (!valid)
            return fail(
                Tr::tr("The template is not valid UTF-8 here (byte 0x%1); Jsonnet templates must be UTF-8 "
                       "text. Retype the character or save the file as UTF-8.")
                    .arg(QString::number(uint(c), 16).toUpper()));
        i += length;
        ++column;
    }
    return std::nullopt;
}

struct JsonnetEngine::Private
{
    JsonnetVm *vm = nullptr;

    void makeVm()
    {
        vm = jsonnet_make();
        jsonnet_import_callback(vm, &refuseImport, vm);
        static const char *const oneParam[] = {"s", nullptr};
        static const char *const twoParams[] = {"a", "b", nullptr};
        jsonnet_native_callback(vm, "hookmail.sha1", &hashNative<Hash::Sha1>, vm, oneParam);
        jsonnet_native_callback(vm, "hookmail.sha256", &hashNative<Hash::Sha256>, vm, oneParam);
        jsonnet_native_callback(vm, "hookmail.sha512", &hashNative<Hash::Sha512>, vm, oneParam);
        jsonnet_native_callback(vm, "hookmail.sha3", &hashNative<Hash::Sha3>, vm, oneParam);
        jsonnet_native_callback(vm, "hookmail.equalsIgnoreCase", &equalsIgnoreCaseNative, vm, twoParams);
        jsonnet_max_trace(vm, 0); // all frames: we need the innermost user frame
    }

    // Returns {ok, text}.
    std::pair<bool, QByteArray> run(const QByteArray &filename, const QByteArray &source,
                                    const QByteArray &ctx)
    {
        jsonnet_tla_code(vm, "ctx", ctx.isEmpty() ? "{}" : ctx.constData());
        int failed = 0;
        char *out = jsonnet_evaluate_snippet(vm, filename.constData(), source.constData(), &failed);
        QByteArray text(out);
        jsonnet_realloc(vm, out, 0);
        return {failed == 0, text};
    }
};

JsonnetEngine::JsonnetEngine() : d(new Private)
{
    // One VM per engine, reused: each evaluation builds and frees its own heap inside libjsonnet,
    // and the only state kept between runs is the "ctx" TLA, which every run overwrites.
    d->makeVm();
}

JsonnetEngine::~JsonnetEngine()
{
    jsonnet_destroy(d->vm);
    delete d;
}

EvaluationResult JsonnetEngine::evaluate(const EvaluationRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    EvaluationResult result;
    const QByteArray filename =
        request.filename.isEmpty() ? QByteArrayLiteral("template.jsonnet") : request.filename.toUtf8();
    const QString filenameText = QString::fromUtf8(filename);
    const int prefixColumns = int(prelude().size());

    if (auto unreadable = unreadableTemplateBytes(request.templateSource)) {
        unreadable->raw = QStringLiteral("STATIC ERROR: %1:%2:%3: %4")
                              .arg(filenameText)
                              .arg(unreadable->line)
                              .arg(unreadable->column)
                              .arg(unreadable->message);
        result.error = *unreadable;
        result.elapsedMicros = timer.nsecsElapsed() / 1000;
        return result;
    }

    auto [ok, text] = d->run(filename, prelude() + request.templateSource, request.ctxJson);

    // libjsonnet 0.18 has no `importbin`; go-jsonnet refuses it like any import. Only when the text does
    // not parse, retry with the same-length keyword importstr so the user gets Ory's import message.
    static const QRegularExpression importbin(QStringLiteral("\\bimportbin\\b"));
    if (!ok && text.startsWith("STATIC ERROR") && request.templateSource.contains("importbin")) {
        QString patched = QString::fromUtf8(request.templateSource);
        patched.replace(importbin, QStringLiteral("importstr"));
        auto [ok2, text2] = d->run(filename, prelude() + patched.toUtf8(), request.ctxJson);
        if (!ok2 && text2.contains("import not available"))
            text = text2;
    }

    if (ok) {
        if (text.size() > limits::maxOutputBytes) {
            result.error.kind = EvaluationError::Kind::Limit;
            result.error.message =
                Tr::tr("The template's output is %1 KiB, over Ory's 256 KiB limit for Jsonnet "
                       "output (Ory would fail "
                       "the hook)")
                    .arg((text.size() + 1023) / 1024);
            result.error.raw = result.error.message;
        } else {
            result.ok = true;
            result.output = text;
        }
    } else {
        const QString errorText = QString::fromUtf8(text);
        result.error = parseJsonnetError(errorText, filenameText, prefixColumns);
        // Kratos: strings.Contains(err.Error(), "RUNTIME ERROR: cancel") → the hook is skipped.
        if (errorText.contains(QLatin1String("RUNTIME ERROR: cancel"))) {
            result.error.kind = EvaluationError::Kind::Cancelled;
            result.error.message = Tr::tr("hook skipped (cancelled)");
        }
    }
    result.elapsedMicros = timer.nsecsElapsed() / 1000;
    return result;
}

JsonnetEngine::FormatResult JsonnetEngine::format(const QString &source, const QString &filename)
{
    FormatResult result;
    if (auto unreadable = unreadableTemplateBytes(source.toUtf8())) {
        result.error = *unreadable;
        return result;
    }
    JsonnetVm *vm = jsonnet_make();
    // The defaults of a fresh VM are jsonnetfmt's defaults (2 spaces, single quotes, ...); set them
    // explicitly so the behaviour does not depend on libjsonnet's defaults changing.
    jsonnet_fmt_indent(vm, 2);
    jsonnet_fmt_max_blank_lines(vm, 2);
    jsonnet_fmt_string(vm, 's');
    jsonnet_fmt_comment(vm, 's');
    jsonnet_fmt_pad_arrays(vm, 0);
    jsonnet_fmt_pad_objects(vm, 1);
    jsonnet_fmt_pretty_field_names(vm, 1);
    jsonnet_fmt_sort_imports(vm, 1);
    int failed = 0;
    const QByteArray name = filename.toUtf8();
    char *out = jsonnet_fmt_snippet(vm, name.constData(), source.toUtf8().constData(), &failed);
    const QString text = QString::fromUtf8(out);
    jsonnet_realloc(vm, out, 0);
    jsonnet_destroy(vm);
    if (failed) {
        result.error = parseJsonnetError(text, filename, 0);
        if (result.error.kind != EvaluationError::Kind::Syntax)
            result.error.kind = EvaluationError::Kind::Syntax;
    } else {
        result.ok = true;
        result.text = text;
    }
    return result;
}

QStringList JsonnetEngine::addedStdFunctions()
{
    return {
        QStringLiteral("all"),
        QStringLiteral("any"),
        QStringLiteral("avg"),
        QStringLiteral("contains"),
        QStringLiteral("equalsIgnoreCase"),
        QStringLiteral("isDecimal"),
        QStringLiteral("isEmpty"),
        QStringLiteral("isEven"),
        QStringLiteral("isInteger"),
        QStringLiteral("isOdd"),
        QStringLiteral("maxArray"),
        QStringLiteral("minArray"),
        QStringLiteral("objectKeysValues"),
        QStringLiteral("objectKeysValuesAll"),
        QStringLiteral("objectRemoveKey"),
        QStringLiteral("remove"),
        QStringLiteral("removeAt"),
        QStringLiteral("round"),
        QStringLiteral("sha1"),
        QStringLiteral("sha256"),
        QStringLiteral("sha3"),
        QStringLiteral("sha512"),
        QStringLiteral("splitLimitR"),
        QStringLiteral("sum"),
        QStringLiteral("trim"),
        QStringLiteral("xnor"),
        QStringLiteral("xor"),
    };
}

} // namespace hookmail
