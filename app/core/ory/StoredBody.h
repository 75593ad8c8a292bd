#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <optional>

namespace hookmail {

// Ory Network may replace a pushed `base64://` body with a link to a stored copy of the decoded template in
// object storage, named by the lowercase hex SHA-512 of that template, e.g.
// https://storage.googleapis.com/<bucket>/<sha512>.jsonnet (issue 17; ory/terraform-provider-ory#315,
// #217). Such a link needs no credentials, and for Hookmail's hook the template holds the Mandrill key. Pure.

// The hex SHA-512 a body names when it is a stored-copy link (https, or http to this computer for tests;
// last path segment = 128 hex digits, optionally with an extension); nullopt otherwise.
std::optional<QByteArray> storedBodyDigest(const QString &body);
bool isStoredBody(const QString &body);
// Lowercase hex SHA-512 of `content`.
QByteArray sha512Hex(const QByteArray &content);
// True when `storedBody` is a stored-copy link whose name is the SHA-512 of `content`.
bool storedBodyHolds(const QString &storedBody, const QByteArray &content);
// True when `storedBody` is the stored copy of the template in `base64Body` ("base64://…").
bool isStoredCopyOf(const QString &storedBody, const QString &base64Body);
// The link as shown to people: scheme, host and the start of the name ("https://storage.googleapis.com/…/
// 3fa9c1d27b04….jsonnet"): enough to recognise it, not enough to open it.
QString shortStoredBodyUrl(const QString &body);

} // namespace hookmail
