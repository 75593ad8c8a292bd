#pragma once

#include <QByteArray>
#include <QString>

namespace hookmail::test {

// A stand-alone draft-07 schema for one definition of Kratos' config schema
// (reference/ory/kratos-config.schema.json):
// {"$ref": "#/definitions/<name>", "definitions": {<name> and what it references}}. Empty when ../shared is
// absent.
QByteArray kratosDefinitionSchema(const QString &definition);
// The messages/send request schema of Mandrill's official OAS 3.1 spec as a draft-07 document with the
// components it references (reference/mandrill/transactional.openapi.fixed.json). Empty when absent.
QByteArray mandrillSendRequestSchema();

} // namespace hookmail::test
