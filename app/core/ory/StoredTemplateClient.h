#pragma once

#include "core/common/ApiClient.h"

#include <QByteArray>
#include <QString>

namespace hookmail {

// Reads the stored copy of a hook body that Ory Network keeps in object storage (StoredBody.h) so an import
// can show the template. One GET without any credentials — none are needed, which is why the user is told
// that the copy (with the Mandrill key in Hookmail's template) is readable by anyone with the link. The link
// must be https (plain http only to this computer), redirects are not followed, and what arrives must hash
// to the SHA-512 the link is named by; anything else is an error value, never a template.
class StoredTemplateClient : public ApiClient
{
    Q_OBJECT
public:
    explicit StoredTemplateClient(QObject *parent = nullptr);

    static constexpr qsizetype kMaxBytes = 1024 * 1024; // far above Ory's 64 KiB evaluation input

    Ticket fetch(const QString &url, Callback<QByteArray> done, QObject *context = nullptr);
    // Blocking helper for the CLI and tests only.
    Result<QByteArray> fetchAndWait(const QString &url);

protected:
    Error transportError(const TransportFailure &failure) const override;
    Error badBaseUrlError(const QString &problem, const QString &label) const override;
    Error redirectError(int status, const QUrl &location, const QString &label) const override;
};

} // namespace hookmail
