#include "core/ory/StoredTemplateClient.h"

#include "core/common/WaitForResult.h"
#include "core/ory/StoredBody.h"

namespace hookmail {

StoredTemplateClient::StoredTemplateClient(QObject *parent) : ApiClient(QString(), parent) {}

Error StoredTemplateClient::transportError(const TransportFailure &f) const
{
    return Error::of(f.code,
                     tr("Could not %1: the request to %2 failed (%3).").arg(f.label, f.host, f.errorString),
                     f.detail);
}

Error StoredTemplateClient::badBaseUrlError(const QString &problem, const QString &label) const
{
    return Error::of(ErrorCode::BadBaseUrl, tr("Could not %1: %2").arg(label, problem));
}

Error StoredTemplateClient::redirectError(int status, const QUrl &location, const QString &label) const
{
    return Error::of(ErrorCode::Redirect,
                     tr("Could not %1: the storage answered with a redirect (HTTP %2 to %3), which Hookmail "
                        "does not follow.")
                         .arg(label)
                         .arg(status)
                         .arg(location.host()));
}

StoredTemplateClient::Ticket StoredTemplateClient::fetch(const QString &url, Callback<QByteArray> done,
                                                         QObject *context)
{
    const QString shown = shortStoredBodyUrl(url);
    const auto digest = storedBodyDigest(url);
    const QUrl parsed(url, QUrl::StrictMode);
    Request request;
    request.label = tr("read the stored template %1").arg(shown);
    std::optional<Error> refusal;
    if (!digest)
        refusal = Error::of(
            ErrorCode::BadBaseUrl,
            tr("Could not %1: it is not a link to a stored copy named by its SHA-512.").arg(request.label));
    setBaseUrl(parsed.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
                   .toString(QUrl::FullyEncoded));
    request.path = parsed.path(QUrl::FullyEncoded);
    const QString label = request.label;
    return start(
        request,
        [label, expected = digest.value_or(QByteArray()), done = std::move(done)](Result<Response> r) {
            if (!r)
                return done(r.error());
            if (r->status != 200)
                return done(
                    Error::of(r->status >= 500 ? ErrorCode::Http5xx : ErrorCode::Http4xx,
                              tr("Could not %1: the storage answered HTTP %2.").arg(label).arg(r->status)));
            if (r->body.size() > kMaxBytes)
                return done(
                    Error::of(ErrorCode::TooLarge, tr("Could not %1: it is larger than 1 MiB.").arg(label)));
            if (sha512Hex(r->body) != expected)
                return done(Error::of(ErrorCode::UnexpectedResponse,
                                      tr("Could not %1: what the storage returned does not match the SHA-512 "
                                         "the link is named by, so Hookmail did not use it.")
                                          .arg(label)));
            done(r->body);
        },
        context, std::move(refusal));
}

Result<QByteArray> StoredTemplateClient::fetchAndWait(const QString &url)
{
    return waitForResult<QByteArray>([this, url](auto cb) { fetch(url, cb); });
}

} // namespace hookmail

#include "moc_StoredTemplateClient.cpp"
