// Fuzz target: the project loader (ProjectFile::parse). Any bytes load or give a message; whatever loads
// serialises to bytes that load again, and that second save is stable (no drift on each save).
#include "core/model/ProjectFile.h"

#include <cstdint>
#include <cstdlib>

using namespace hookmail;

namespace {
void check(bool condition)
{
    if (!condition)
        std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<Project> project = ProjectFile::parse(bytes, QStringLiteral("fuzz.hookmail"));
    if (!project) {
        check(!project.error().message.isEmpty());
        return 0;
    }
    const QByteArray saved = ProjectFile::serialize(project.value());
    const Result<Project> again = ProjectFile::parse(saved, QStringLiteral("saved.hookmail"));
    check(again.ok());
    check(ProjectFile::serialize(again.value()) == saved);
    return 0;
}
