#pragma once

#include "core/common/Result.h"
#include "core/model/Project.h"

#include <QString>

namespace hookmail {

// Reading and writing *.hookmail files. Saves are atomic (QSaveFile): a crash or kill during a save
// leaves the previous file intact. Loading never modifies the file.
class ProjectFile
{
public:
    // Errors say what is wrong: not JSON (with line and column of the syntax error), truncated,
    // written by a newer Hookmail (future format version), a field of the wrong type, too large.
    static Result<Project> load(const QString &path);
    static Result<Project> parse(const QByteArray &bytes, const QString &displayName);
    static Status save(const QString &path, const Project &project);
    static QByteArray serialize(const Project &project);
    // Loads a bare .jsonnet file as a one-action project (hook points registration/after/password+oidc).
    static Result<Project> loadTemplateFile(const QString &path);
    static constexpr qint64 maxFileBytes = 16 * 1024 * 1024;
};

// Line and column (1-based) of a byte offset in a document, for JSON error messages.
void lineColumnAt(const QByteArray &text, qsizetype offset, int *line, int *column);

} // namespace hookmail
