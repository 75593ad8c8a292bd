#pragma once

#include "core/common/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace hookmail {

// The request headers Kratos copies into ctx.request_headers: `clients.web_hook.header_allowlist` of the
// project's configuration (issue 17 §1). Kratos's default applies while a project sets none; a project may
// replace it (since Kratos v25.4), e.g. to forward X-Forwarded-Host, or set it empty.
struct RequestHeaderAllowlist
{
    QStringList headers; // as written in the configuration (Kratos names the ctx keys exactly so)
    QString source;      // plain words: where the list was read, e.g. "Ory project “Acme”" or a file path

    friend bool operator==(const RequestHeaderAllowlist &, const RequestHeaderAllowlist &) = default;
};

// The list in a Kratos configuration (Ory Network: services.identity.config); nullopt when the configuration
// sets none, so Kratos's default applies. An error when the key holds something other than a list of texts.
Result<std::optional<QStringList>> headerAllowlistOfConfig(const QJsonObject &kratosConfig);

// Reads a Kratos configuration file (kratos.yml, YAML or JSON, at most 1 MiB) and returns its list as above.
// Errors name the file and say what to do.
Result<std::optional<QStringList>> headerAllowlistFromKratosFile(const QString &path);

// Entries of the list that forward a secret of the person's session (Cookie, Authorization, session token
// headers): with them on the list, every template that reads ctx.request_headers can leak the session.
QStringList secretCarryingHeaders(const QStringList &allowlist);

// The project value as JSON ({"headers": [...], "source": "..."}) and back; errors name the field.
QJsonObject headerAllowlistToJson(const RequestHeaderAllowlist &allowlist);
Result<RequestHeaderAllowlist> headerAllowlistFromJson(const QJsonValue &json);

} // namespace hookmail
