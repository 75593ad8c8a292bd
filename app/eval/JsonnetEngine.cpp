#include "JsonnetEngine.h"

#include "EngineHost.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
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

// Ory's evaluator uses an importer that always fails: `import not available <path>` (docs/ARCHITECTURE.md,
// Ory §4). jsonnet 0.20's callback: the message goes to *buf (no NUL), 1 means failure.
int refuseImport(void *ctx, const char * /*base*/, const char *rel, char ** /*foundHere*/, char **buf,
                 size_t *buflen)
{
    const QByteArray message = QByteArray("import not available ") + rel;
    *buf = jsonnet_realloc(static_cast<JsonnetVm *>(ctx), nullptr, size_t(message.size()));
    std::memcpy(*buf, message.constData(), size_t(message.size()));
    *buflen = size_t(message.size());
    return 1;
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
    bool userSeen = false;        // a frame in the user's code was seen
    qsizetype innerStdFrames = 0; // std.jsonnet frames before the first user frame
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
                if (isPreludeLocation(loc, prefixColumns))
                    continue; // a frame inside text put before the template: not the user's code
                if (!userSeen) {
                    // Frames inside the standard library, before the user's call, are noise to the user.
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
        installEngineHost(); // std.parseYaml and the SHA digests (EngineHost.cpp)
        vm = jsonnet_make();
        jsonnet_import_callback(vm, &refuseImport, vm);
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
    // One VM per engine, reused: the patched libjsonnet (third_party/jsonnet) keeps the parsed standard library
    // in the VM and frees everything else each evaluation makes; the only other state kept between runs is the
    // "ctx" TLA, which every run overwrites.
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
    const int prefixColumns = 0; // nothing is put in front of the template any more

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

    // go-jsonnet cannot lex a byte-order mark (common from Windows editors): Ory fails the hook.
    if (request.templateSource.startsWith("\xEF\xBB\xBF")) {
        result.error.kind = EvaluationError::Kind::Syntax;
        result.error.line = 1;
        result.error.column = 1;
        result.error.endColumn = 1;
        result.error.message =
            Tr::tr("The template starts with an invisible byte-order mark (U+FEFF), which Ory cannot read: Ory "
                   "would fail the hook. Save the file as UTF-8 without BOM, or delete the first character.");
        result.error.raw = QStringLiteral("STATIC ERROR: %1:1:1: Could not lex the character '\\ufeff'").arg(filenameText);
        result.elapsedMicros = timer.nsecsElapsed() / 1000;
        return result;
    }

    auto [ok, text] = d->run(filename, request.templateSource, request.ctxJson);

    // libjsonnet 0.18 has no `importbin`; go-jsonnet refuses it like any import. Only when the text does
    // not parse, retry with the same-length keyword importstr so the user gets Ory's import message.
    static const QRegularExpression importbin(QStringLiteral("\\bimportbin\\b"));
    if (!ok && text.startsWith("STATIC ERROR") && request.templateSource.contains("importbin")) {
        QString patched = QString::fromUtf8(request.templateSource);
        patched.replace(importbin, QStringLiteral("importstr"));
        auto [ok2, text2] = d->run(filename, patched.toUtf8(), request.ctxJson);
        if (!ok2 && text2.contains("import not available"))
            text = text2;
    }

    if (ok) {
        // Kratos reads the output through a scanner whose token limit (256 KiB) includes a trailing NUL:
        // 262,143 bytes is the largest body it accepts.
        if (text.size() >= limits::maxOutputBytes) {
            result.error.kind = EvaluationError::Kind::Limit;
            result.error.message =
                Tr::tr("The template's output is %1 bytes; Ory accepts at most %2 bytes of Jsonnet output "
                       "(256 KiB including its end marker) and would fail the hook.")
                    .arg(QLocale::system().toString(text.size()),
                         QLocale::system().toString(limits::maxOutputBytes - 1));
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
