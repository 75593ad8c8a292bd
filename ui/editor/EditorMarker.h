#pragma once

#include <QString>

namespace hookmail {

// A problem shown in a code editor at a place in the text: wavy underline, gutter icon, tooltip.
struct EditorMarker
{
    enum class Severity
    {
        Error,
        Warning
    };
    int line = 0;      // 1-based
    int column = 0;    // 1-based; 0 → the whole line
    int endColumn = 0; // 1-based inclusive; 0 → to the end of the token at `column`
    QString message;
    Severity severity = Severity::Error;

    friend bool operator==(const EditorMarker &, const EditorMarker &) = default;
};

} // namespace hookmail
