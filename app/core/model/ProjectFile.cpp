#include "core/model/ProjectFile.h"

#include "core/ory/WebHook.h"
#include "eval/JsonnetEngine.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace hookmail {

namespace {
// Named context for free functions: lupdate files Tr::tr() strings under it, the same context the lookup
// uses.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFile)
};

QString displayNameOf(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    return name.isEmpty() ? path : name;
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

// Reads a whole file with the size limit; errors are user-facing.
Result<QByteArray> readLimited(const QString &path)
{
    const QString name = displayNameOf(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Error{Tr::tr("Could not open %1: the file does not exist.").arg(name), path,
                     errorCodeName(ErrorCode::NotFound)};
    if (info.isDir())
        return Error{Tr::tr("Could not open %1: it is a folder, not a file.").arg(name), path,
                     errorCodeName(ErrorCode::IsFolder)};
    if (info.size() > ProjectFile::maxFileBytes)
        return Error{Tr::tr("%1 is too large to open (%2 MB; the limit is %3 MB).")
                         .arg(name, megabytes(info.size()), megabytes(ProjectFile::maxFileBytes)),
                     path, errorCodeName(ErrorCode::TooLarge)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Tr::tr("Could not open %1: %2").arg(name, file.errorString()), path,
                     errorCodeName(ErrorCode::Unreadable)};
    QByteArray bytes = file.read(ProjectFile::maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Error{Tr::tr("Could not read %1: %2").arg(name, file.errorString()), path,
                     errorCodeName(ErrorCode::Unreadable)};
    if (bytes.size() > ProjectFile::maxFileBytes)
        return Error{Tr::tr("%1 is too large to open (the limit is %2 MB).")
                         .arg(name, megabytes(ProjectFile::maxFileBytes)),
                     path, errorCodeName(ErrorCode::TooLarge)};
    return bytes;
}
} // namespace

void lineColumnAt(const QByteArray &text, qsizetype offset, int *line, int *column)
{
    offset = qBound<qsizetype>(0, offset, text.size());
    int l = 1;
    int c = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(text.at(i));
        if (byte == '\n') {
            ++l;
            c = 1;
        } else if ((byte & 0xC0) != 0x80) {
            ++c; // count characters, not UTF-8 continuation bytes
        }
    }
    if (line)
        *line = l;
    if (column)
        *column = c;
}

Result<Project> ProjectFile::parse(const QByteArray &rawBytes, const QString &displayName)
{
    QByteArray bytes = rawBytes;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.mid(3); // a UTF-8 byte order mark some editors add
    if (bytes.size() > maxFileBytes)
        return Error{
            Tr::tr("%1 is too large to open (the limit is %2 MB).").arg(displayName, megabytes(maxFileBytes)),
            {},
            errorCodeName(ErrorCode::TooLarge)};
    if (bytes.trimmed().isEmpty())
        return Error{
            Tr::tr("%1 is empty, so it is not a Hookmail project. It may have been cut off while saving or "
                   "copying; use a backup copy if you have one.")
                .arg(displayName),
            {},
            errorCodeName(ErrorCode::Empty)};
    // JSON allows no raw control characters (RFC 8259), and Hookmail never writes any; Qt's parser lets them
    // through inside strings. A NUL or other control byte means the file is damaged (or not a project).
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
            int line = 0;
            int column = 0;
            lineColumnAt(bytes, i, &line, &column);
            return Error{
                Tr::tr("%1 is damaged: it holds a control character (code %2) at line %3, column %4, which "
                       "a Hookmail project never contains. Use a backup copy if you have one.")
                    .arg(displayName)
                    .arg(int(c))
                    .arg(line)
                    .arg(column),
                {},
                errorCodeName(ErrorCode::ControlCharacter)};
        }
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        int line = 0;
        int column = 0;
        // Qt reports the offset just after the character it stumbled on (except for trailing garbage).
        const qsizetype position = parseError.error == QJsonParseError::GarbageAtEnd
                                       ? parseError.offset
                                       : qMax<qsizetype>(0, parseError.offset - 1);
        lineColumnAt(bytes, position, &line, &column);
        QString message = Tr::tr("%1 is not a Hookmail project: JSON syntax error at line %2, column %3: %4")
                              .arg(displayName)
                              .arg(line)
                              .arg(column)
                              .arg(parseError.errorString());
        // Qt's error kinds do not tell a truncated file from a missing comma; the position does.
        qsizetype contentEnd = bytes.size();
        while (contentEnd > 0 && QChar::isSpace(uchar(bytes.at(contentEnd - 1))))
            --contentEnd;
        const bool truncated = parseError.offset >= contentEnd;
        if (truncated)
            message +=
                u". "_s + Tr::tr("The file ends before the project does: it looks truncated (cut off while "
                                 "saving or copying).");
        return Error{message, Tr::tr("Offset %1 of %2 bytes").arg(parseError.offset).arg(bytes.size()),
                     errorCodeName(truncated ? ErrorCode::Truncated : ErrorCode::JsonSyntax)};
    }
    if (!doc.isObject())
        return Error{Tr::tr("%1 is not a Hookmail project: it holds a JSON %2, not a project object.")
                         .arg(displayName, doc.isArray() ? Tr::tr("list") : Tr::tr("value")),
                     {},
                     errorCodeName(ErrorCode::NotObject)};
    auto project = projectFromJson(doc.object());
    if (!project) {
        Error error = project.error();
        error.message = Tr::tr("Could not open %1: %2").arg(displayName, error.message);
        return error;
    }
    return project;
}

Result<Project> ProjectFile::load(const QString &path)
{
    auto bytes = readLimited(path);
    if (!bytes)
        return bytes.error();
    return parse(bytes.value(), displayNameOf(path));
}

QByteArray ProjectFile::serialize(const Project &project)
{
    return QJsonDocument(projectToJson(project)).toJson(QJsonDocument::Indented);
}

Status ProjectFile::save(const QString &path, const Project &project)
{
    const QString name = displayNameOf(path);
    const QByteArray bytes = serialize(project);
    if (bytes.size() > maxFileBytes)
        return Error{
            Tr::tr("The project is too large to save (%1 MB; the limit is %2 MB). %3 was left unchanged.")
                .arg(megabytes(bytes.size()), megabytes(maxFileBytes), name),
            {},
            errorCodeName(ErrorCode::TooLarge)};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Tr::tr("Could not save %1: %2. The previous file was left unchanged.")
                         .arg(name, file.errorString()),
                     path, errorCodeName(ErrorCode::WriteFailed)};
    // flush() explicitly: QFile buffers the write, and QSaveFile::commit() (Qt 6.4) does not notice when the
    // final flush writes only part of the data (disk full, file size limit) - it would replace the previous
    // file with a truncated one.
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Error{Tr::tr("Could not save %1: %2. The previous file was left unchanged.").arg(name, reason),
                     path, errorCodeName(ErrorCode::WriteFailed)};
    }
    if (!file.commit())
        return Error{Tr::tr("Could not save %1: %2. The previous file was left unchanged.")
                         .arg(name, file.errorString()),
                     path, errorCodeName(ErrorCode::WriteFailed)};
    return Ok{};
}

Result<Project> ProjectFile::loadTemplateFile(const QString &path)
{
    auto bytes = readLimited(path);
    if (!bytes)
        return bytes.error();
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes.value());
    if (decoder.hasError()) {
        // Say where: replacing the bad bytes silently would change the email without anyone noticing. (NUL
        // bytes are valid UTF-8 and are reported by the evaluator at their line instead.)
        QByteArray withoutNul = bytes.value();
        withoutNul.replace('\0', ' ');
        const auto where = unreadableTemplateBytes(withoutNul);
        return Error{
            Tr::tr("%1 is not a text file in UTF-8, which Jsonnet templates must be: line %2, column %3 "
                   "holds a byte that is not UTF-8. Save the file as UTF-8 and try again.")
                .arg(displayNameOf(path))
                .arg(where ? where->line : 0)
                .arg(where ? where->column : 0),
            {},
            errorCodeName(ErrorCode::NotUtf8)};
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    Project project = defaultProject();
    Action action = newAction(QFileInfo(path).completeBaseName());
    // A template exported by Hookmail (or fetched from Ory) carries the wrapper: take the user's part back
    // out.
    if (const auto unwrapped = unwrapShippedTemplate(text.toUtf8())) {
        text = QString::fromUtf8(unwrapped->userTemplate);
        if (!unwrapped->hookId.isEmpty())
            action.hookId = unwrapped->hookId;
    }
    // A template file is code: the designer's output carries no design to go back to (only its data in a
    // .hookmail project does), so even a generated template opens in Code.
    action.mode = EditMode::Code;
    action.design = {};
    action.templateSource = text;
    project.actions = {action};
    return project;
}

} // namespace hookmail
