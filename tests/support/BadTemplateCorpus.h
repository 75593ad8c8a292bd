#pragma once

#include <QJsonArray>
#include <QString>

namespace hookmail::test {

// tests/data/bad-templates: the templates and expected.json (file, kind, line per case).
QString badTemplatesDir();
QJsonArray badTemplateCases();
// Adds QTest columns file/kind/line and one row per case; for the *_data() slots.
void addBadTemplateRows();

} // namespace hookmail::test
