#include "core/model/SampleContext.h"

#include "eval/EvaluationTypes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

using namespace Qt::StringLiterals;

namespace hookmail {

namespace {
// Named context for free functions: lupdate files Tr::tr() strings under it, the same context the lookup
// uses.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SampleContext)
};

const QString kBaseUrl = u"https://example-slug-a1b2c3.projects.oryapis.com"_s;
const QString kSelfHostedUrl = u"https://kratos.example.com"_s;
const QString kAppUrl = u"https://app.example.com"_s;
const QString kZeroId = u"00000000-0000-0000-0000-000000000000"_s;
const QString kZeroTime = u"0001-01-01T00:00:00Z"_s;
const QString kUserAgent = u"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                           u"Chrome/126.0.0.0 Safari/537.36"_s;
const QString kAppUserAgent = u"ExampleApp/2.3.1 (iPhone; iOS 17.5; Scale/3.00)"_s;
const QString kCsrfCookie = u"csrf_token_3f1c0a9e0d6b4c8a9b2e7f41d5a6c3b2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6"_s;
const QString kSessionId = u"f0e1d2c3-b4a5-4968-8776-655443322110"_s;
const QString kDeviceId = u"3b5d7f9a-1c2e-4a6b-8d0f-2e4a6c8e0b1d"_s;
const QString kVerifiedAt = u"2025-05-12T09:31:44.120533Z"_s;
const QString kNetworkRegion = u"eu-central"_s;
// SAML single sign-on exists only on Ory Network (FACTS.md: no `saml` key in the OSS schema). The provider id
// is what a project's SAML connection is called (Console API
// `normalizedProjectRevisionSAMLProvider.provider_id`). The sample IdP is an Okta tenant; its origin is where
// the browser comes from when it posts the answer.
const QString kSamlProviderId = u"acme-okta"_s;
const QString kSamlIdpOrigin = u"https://acme.okta.com"_s;
// Ory Network's SAML connections belong to a B2B organization (Ory docs, "B2B Single Sign-On & SAML": "The
// SAML integration in Ory Network uses the B2B Organization feature"; the provider has an `organization_id`),
// so a SAML sign-up or sign-in carries that organization. Assumption: Ory's SAML code is closed, so where
// exactly it is copied (identity, flow, session authentication method) follows the OIDC organization path of
// Kratos.
const QString kSamlOrganizationId = u"c7e9a1b3-5d7f-4a0c-9e2b-4d6f8a0c2e4b"_s;

// Hook points whose strategy copies the submitted transient_payload into the flow (issue 17 §1, Kratos
// strategies). Every other hook point, including every "before" hook, has no ctx.flow.transient_payload. A
// registration through the two-step profile strategy has no method list of its own and runs the generic
// list, which is why "registration/after" is here: every registration strategy copies the payload.
const QStringList kPayloadCopiedAt = {
    u"registration/after/password"_s,
    u"registration/after/oidc"_s,
    u"registration/after/code"_s,
    u"registration/after/passkey"_s,
    u"registration/after/webauthn"_s,
    u"registration/after"_s,
    u"login/after/password"_s,
    u"login/after/oidc"_s,
    u"login/after/code"_s,
    u"login/after/totp"_s,
    u"login/after/webauthn"_s,
    u"settings/after/oidc"_s,
    u"recovery/after"_s,
    u"verification/after"_s,
};

// totp and lookup_secret are only ever second factors: the person already has a session (aal1).
bool isSecondFactor(const HookPoint &point, SampleVariant variant)
{
    if (point.flow != HookPoint::Flow::Login || point.phase != HookPoint::Phase::After)
        return false;
    return point.method == u"totp" || point.method == u"lookup_secret" ||
           (point.method == u"webauthn" && variant == SampleVariant::SecondFactor);
}

// A code sign-in or sign-up proves the person controls the address the code went to.
bool verifiesAddressByCode(const HookPoint &point)
{
    return point.phase == HookPoint::Phase::After && point.method == u"code" &&
           (point.flow == HookPoint::Flow::Login || point.flow == HookPoint::Flow::Registration);
}

QString flowId(HookPoint::Flow flow)
{
    switch (flow) {
    case HookPoint::Flow::Registration:
        return u"9d3b7f21-6c4e-4a8d-b1f5-2e7c9a0d4b68"_s;
    case HookPoint::Flow::Login:
        return u"6a8c0e2b-3d5f-4a1c-9e7b-0d2f4a6c8e1b"_s;
    case HookPoint::Flow::Settings:
        return u"1f3a5c7e-9b0d-4e2f-a4c6-8e0a2c4e6b8d"_s;
    case HookPoint::Flow::Recovery:
        return u"7c9e1a3b-5d7f-4b0c-8e2a-4c6e8a0b2d4f"_s;
    case HookPoint::Flow::Verification:
        return u"3e5a7c9e-0b2d-4f4a-8c6e-0a2c4e6a8b0d"_s;
    }
    return {};
}

// "github" when the identity looks like a GitHub sign-up, else "google" (only used for URLs and labels).
QString oidcProvider(const QJsonObject &identity)
{
    const QJsonObject traits = identity.value(u"traits"_s).toObject();
    for (auto it = traits.begin(); it != traits.end(); ++it) {
        if (it.key().contains(u"github", Qt::CaseInsensitive))
            return u"github"_s;
    }
    return u"google"_s;
}

QString acceptLanguage(const QString &locale)
{
    QString tag = locale.trimmed();
    tag.replace(u'_', u'-');
    if (tag.isEmpty())
        tag = u"en-US"_s;
    const QString language = tag.section(u'-', 0, 0);
    QString value = tag;
    if (language != tag)
        value += u',' + language + u";q=0.9"_s;
    if (language != u"en")
        value += u",en;q=0.8"_s;
    return value;
}

QJsonObject inputNode(const QString &group, const QString &name, const QString &type, const QJsonValue &value,
                      bool required)
{
    QJsonObject attributes{
        {u"name"_s, name}, {u"type"_s, type}, {u"disabled"_s, false}, {u"node_type"_s, u"input"_s}};
    if (!value.isUndefined())
        attributes.insert(u"value"_s, value);
    if (required)
        attributes.insert(u"required"_s, true);
    return QJsonObject{{u"type"_s, u"input"_s},
                       {u"group"_s, group},
                       {u"attributes"_s, attributes},
                       {u"messages"_s, QJsonArray{}},
                       {u"meta"_s, QJsonObject{}}};
}

QJsonObject continueLink(const QString &href)
{
    const QJsonObject label{{u"id"_s, 1070009}, {u"text"_s, u"Continue"_s}, {u"type"_s, u"info"_s}};
    return QJsonObject{{u"type"_s, u"a"_s},
                       {u"group"_s, u"code"_s},
                       {u"attributes"_s, QJsonObject{{u"href"_s, href},
                                                     {u"title"_s, label},
                                                     {u"id"_s, u"continue"_s},
                                                     {u"node_type"_s, u"a"_s}}},
                       {u"messages"_s, QJsonArray{}},
                       {u"meta"_s, QJsonObject{{u"label"_s, label}}}};
}

QJsonObject flowUi(const HookPoint &point, const QString &action, const QString &method,
                   const QString &provider, bool browser)
{
    QJsonArray nodes;
    if (browser) // API flows carry no CSRF token
        nodes.append(
            inputNode(u"default"_s, u"csrf_token"_s, u"hidden"_s, u"fake-csrf-token-value=="_s, true));
    if (point.flow == HookPoint::Flow::Verification && point.phase == HookPoint::Phase::After) {
        // Once verified, the flow's UI is only a "continue" link to return_to, followed with GET
        // (code/strategy_verification.go).
        nodes.append(continueLink(action));
        return QJsonObject{{u"action"_s, action}, {u"method"_s, u"GET"_s}, {u"nodes"_s, nodes}};
    }
    const QString group = point.method.isEmpty() ? (point.flow == HookPoint::Flow::Recovery ||
                                                            point.flow == HookPoint::Flow::Verification
                                                        ? u"code"_s
                                                        : u"password"_s)
                                                 : point.method;
    if (group == u"oidc" || group == u"saml")
        nodes.append(inputNode(group, u"provider"_s, u"submit"_s, provider, false));
    else
        nodes.append(inputNode(group, u"method"_s, u"submit"_s, group, false));
    return QJsonObject{{u"action"_s, action}, {u"method"_s, method}, {u"nodes"_s, nodes}};
}

QJsonArray headerValue(const QString &value)
{
    return QJsonArray{value};
}

// The identity as Kratos marshals it into ctx (identity.go MarshalJSON): no credentials, no admin metadata,
// empty address lists omitted; unsaved (pre-persist) identities have zero ids and zero timestamps.
QJsonObject ctxIdentity(QJsonObject identity, bool prePersist, bool oryNetwork)
{
    identity.remove(u"credentials"_s);
    identity.remove(u"metadata_admin"_s);
    const auto setDefault = [&identity](const QString &key, const QJsonValue &value) {
        if (!identity.contains(key))
            identity.insert(key, value);
    };
    setDefault(u"id"_s, u"5b8f2c1e-9a3d-4e7b-8c2f-1d6a0e9b3c47"_s);
    setDefault(u"schema_id"_s, u"default"_s);
    setDefault(u"schema_url"_s, QString(kBaseUrl + u"/schemas/ZGVmYXVsdA"_s));
    setDefault(u"state"_s, u"active"_s);
    setDefault(u"traits"_s, QJsonObject{});
    setDefault(u"metadata_public"_s, QJsonValue::Null);
    setDefault(u"created_at"_s, u"2025-05-12T09:14:03.512873Z"_s);
    setDefault(u"updated_at"_s, u"2025-05-12T09:14:03.512873Z"_s);
    setDefault(u"organization_id"_s, QJsonValue::Null);
    if (oryNetwork)
        setDefault(u"region"_s, kNetworkRegion); // Ory Network stores where the identity lives
    for (const QString &key : {u"verifiable_addresses"_s, u"recovery_addresses"_s}) {
        if (identity.value(key).toArray().isEmpty())
            identity.remove(key); // omitempty
    }
    if (!prePersist)
        return identity;
    identity.insert(u"id"_s, kZeroId);
    identity.insert(u"created_at"_s, kZeroTime);
    identity.insert(u"updated_at"_s, kZeroTime);
    identity.insert(u"schema_url"_s, QString()); // filled in only when a saved identity is read back
    for (const QString &key : {u"verifiable_addresses"_s, u"recovery_addresses"_s}) {
        if (!identity.contains(key))
            continue;
        QJsonArray addresses = identity.value(key).toArray();
        for (qsizetype i = 0; i < addresses.size(); ++i) {
            QJsonObject address = addresses.at(i).toObject();
            address.insert(u"id"_s, kZeroId);
            address.insert(u"created_at"_s, kZeroTime);
            address.insert(u"updated_at"_s, kZeroTime);
            // The verification message is only sent after the identity is saved.
            if (address.value(u"status"_s).toString() == u"sent")
                address.insert(u"status"_s, u"pending"_s);
            addresses.replace(i, address);
        }
        identity.insert(key, addresses);
    }
    return identity;
}

// The address a code was sent to (the first verifiable one) marked as Kratos marks it once the code is
// used, or once a verification flow succeeded: verified, "completed", with verified_at.
QJsonObject withFirstAddressVerified(QJsonObject identity)
{
    QJsonArray addresses = identity.value(u"verifiable_addresses"_s).toArray();
    if (addresses.isEmpty())
        return identity;
    QJsonObject address = addresses.first().toObject();
    address.insert(u"verified"_s, true);
    address.insert(u"status"_s, u"completed"_s);
    if (!address.value(u"verified_at"_s).isString())
        address.insert(u"verified_at"_s, kVerifiedAt);
    addresses.replace(0, address);
    identity.insert(u"verifiable_addresses"_s, addresses);
    return identity;
}

// Device location as Kratos computes it (session.go SetSessionDeviceInformation): Cloudflare's city and
// country headers joined with ", ", or "" when the request did not pass Cloudflare.
QString deviceLocation(const QJsonObject &rawHeaders)
{
    QStringList parts;
    for (const QString &name : {u"Cf-Ipcity"_s, u"Cf-Ipcountry"_s}) {
        const QJsonArray values = rawHeaders.value(name).toArray();
        if (!values.isEmpty() && !values.at(0).toString().isEmpty())
            parts.append(values.at(0).toString());
    }
    return parts.join(u", "_s);
}

struct SessionSample
{
    bool secondFactor = false;
    QString userAgent;
    QString location;
};

QJsonObject sampleSession(const HookPoint &point, const QJsonObject &identity, const QString &provider,
                          const SessionSample &sample)
{
    using Flow = HookPoint::Flow;
    const bool signIn = point.flow == Flow::Login && point.phase == HookPoint::Phase::After;
    const QString method = signIn && !point.method.isEmpty() ? point.method : u"password"_s;
    QJsonArray methods;
    QJsonObject first{{u"method"_s, sample.secondFactor ? u"password"_s : method},
                      {u"aal"_s, u"aal1"_s},
                      {u"completed_at"_s, sample.secondFactor ? u"2025-06-01T07:39:58.114207Z"_s
                                                              : u"2025-06-01T07:40:31.601998Z"_s}};
    // "OIDC or SAML provider id used for authentication" (Console API
    // `sessionAuthenticationMethod.provider`).
    if (first.value(u"method"_s).toString() == u"oidc")
        first.insert(u"provider"_s, provider);
    if (first.value(u"method"_s).toString() == u"saml") {
        first.insert(u"provider"_s, provider);
        first.insert(u"organization"_s, kSamlOrganizationId); // assumption, see kSamlOrganizationId
    }
    methods.append(first);
    if (sample.secondFactor)
        methods.append(QJsonObject{{u"method"_s, method},
                                   {u"aal"_s, u"aal2"_s},
                                   {u"completed_at"_s, u"2025-06-01T07:40:31.601998Z"_s}});

    // A first-factor sign-in creates a new session and saves it only after the hooks ran
    // (login/handler.go, login/hook.go; ory/kratos#4016, #4346), so it and its device have the nil UUID. A
    // second factor upgrades the session the person already has; the device of this request is added to it
    // and saved afterwards too. Settings flows run inside a saved session.
    const bool unsaved = signIn && !sample.secondFactor;
    const auto device = [&sample](const QString &id) {
        return QJsonObject{{u"id"_s, id},
                           {u"ip_address"_s, u"203.0.113.7"_s},
                           {u"user_agent"_s, sample.userAgent},
                           {u"location"_s, sample.location}};
    };
    QJsonArray devices;
    if (unsaved) {
        devices.append(device(kZeroId));
    } else {
        devices.append(device(kDeviceId));
        if (sample.secondFactor)
            devices.append(device(kZeroId));
    }
    return QJsonObject{
        {u"id"_s, unsaved ? kZeroId : kSessionId},
        {u"active"_s, true},
        {u"expires_at"_s, u"2025-06-04T07:40:31.602114Z"_s},
        {u"authenticated_at"_s, u"2025-06-01T07:40:31.602114Z"_s},
        {u"authenticator_assurance_level"_s, sample.secondFactor ? u"aal2"_s : u"aal1"_s},
        {u"authentication_methods"_s, methods},
        {u"issued_at"_s, u"2025-06-01T07:40:31.602114Z"_s},
        {u"identity"_s, identity},
        {u"devices"_s, devices},
    };
}

Status addressError(const QString &key, qsizetype index, const QString &problem)
{
    return Error{Tr::tr("The sample identity's %1[%2] %3").arg(key).arg(index).arg(problem),
                 {},
                 errorCodeName(ErrorCode::BadIdentity)};
}

// Canonical MIME header key as Go's http.Header uses it ("sec-ch-ua" → "Sec-Ch-Ua").
QString canonicalHeaderName(const QString &name)
{
    QString out = name.toLower();
    bool upper = true;
    for (QChar &c : out) {
        if (upper)
            c = c.toUpper();
        upper = c == u'-';
    }
    return out;
}

// Length of a Go json.Marshal string literal (HTML-escaping on, as json.Marshal does).
qsizetype goJsonStringLength(const QByteArray &utf8)
{
    qsizetype n = 2; // quotes
    const auto *p = reinterpret_cast<const unsigned char *>(utf8.constData());
    const qsizetype size = utf8.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            if (c == '"' || c == '\\' || c == '\n' || c == '\r' || c == '\t' || c == '\b' || c == '\f')
                n += 2;
            else if (c < 0x20 || c == '<' || c == '>' || c == '&')
                n += 6; // \u00XX
            else
                n += 1;
            ++i;
            continue;
        }
        // Decode one UTF-8 sequence; invalid bytes become \ufffd (6 bytes), like Go's encoder.
        int length = 0;
        char32_t cp = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            cp = c & 0x07;
        }
        bool valid = length > 0 && i + length <= size;
        for (int k = 1; valid && k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                valid = false;
            else
                cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (valid) {
            const char32_t minimum = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
            valid = cp >= minimum && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
        }
        if (!valid) {
            n += 6;
            ++i;
            continue;
        }
        n += (cp == 0x2028 || cp == 0x2029) ? 6 : length;
        i += length;
    }
    return n;
}
} // namespace

QList<IdentityPreset> identityPresets()
{
    static const QList<IdentityPreset> presets = [] {
        QList<IdentityPreset> list;
        const QDir dir(u":/hookmail/identities"_s);
        for (const QString &fileName : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(fileName));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
            IdentityPreset preset;
            preset.name = json.value(u"name"_s).toString();
            preset.title = json.value(u"title"_s).toString();
            preset.description = json.value(u"description"_s).toString();
            preset.locale = json.value(u"locale"_s).toString();
            preset.identity = json.value(u"identity"_s).toObject();
            Q_ASSERT_X(!preset.name.isEmpty(), "identityPresets", qPrintable(fileName));
            if (!preset.name.isEmpty())
                list << preset;
        }
        // "default" first: it is what a new project starts with.
        std::stable_sort(list.begin(), list.end(), [](const IdentityPreset &a, const IdentityPreset &b) {
            return (a.name == u"default") > (b.name == u"default");
        });
        return list;
    }();
    return presets;
}

std::optional<IdentityPreset> findIdentityPreset(const QString &name)
{
    for (const IdentityPreset &preset : identityPresets()) {
        if (preset.name == name)
            return preset;
    }
    return std::nullopt;
}

QStringList oryWebhookHeaderAllowlist()
{
    return {u"Accept"_s,         u"Accept-Encoding"_s,  u"Accept-Language"_s,    u"Content-Length"_s,
            u"Content-Type"_s,   u"Origin"_s,           u"Priority"_s,           u"Referer"_s,
            u"Sec-Ch-Ua"_s,      u"Sec-Ch-Ua-Mobile"_s, u"Sec-Ch-Ua-Platform"_s, u"Sec-Fetch-Dest"_s,
            u"Sec-Fetch-Mode"_s, u"Sec-Fetch-Site"_s,   u"Sec-Fetch-User"_s,     u"True-Client-Ip"_s,
            u"User-Agent"_s};
}

QJsonObject allowListedRequestHeaders(const QJsonObject &headers)
{
    return allowListedRequestHeaders(headers, oryWebhookHeaderAllowlist());
}

QJsonObject allowListedRequestHeaders(const QJsonObject &headers, const QStringList &allowlist)
{
    // Go's server keeps a request's headers under their canonical names, repeated headers as one list.
    QMap<QString, QJsonArray> request;
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        QJsonArray &values = request[canonicalHeaderName(it.key())];
        for (const QJsonValue &v : it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()})
            values.append(v);
    }
    // RemoveDisallowedHeaders: res[allowed] = headers[CanonicalMIMEHeaderKey(allowed)].
    QJsonObject out;
    for (const QString &allowed : allowlist) {
        const auto found = request.constFind(canonicalHeaderName(allowed));
        if (found != request.constEnd())
            out.insert(allowed, *found);
    }
    return out;
}

QList<SampleVariant> sampleVariantsFor(const HookPoint &point)
{
    using Flow = HookPoint::Flow;
    QList<SampleVariant> variants{SampleVariant::Standard};
    // SAML single sign-on runs only on Ory Network and only in a browser (the IdP posts its answer through
    // the person's browser): no native-app flow, and no self-hosted Kratos, which has no SAML at all.
    if (point.isOryNetworkOnly())
        return variants;
    const bool browserOnly =
        point.method == u"oidc" || point.method == u"passkey" || point.method == u"webauthn";
    if (!browserOnly)
        variants.append(SampleVariant::NativeApp);
    if (point.flow == Flow::Registration && point.phase == HookPoint::Phase::After && point.method == u"oidc")
        variants.append(SampleVariant::SocialFromSignIn);
    if (point.flow == Flow::Login && point.phase == HookPoint::Phase::After && point.method == u"webauthn")
        variants.append(SampleVariant::SecondFactor);
    variants.append(SampleVariant::SelfHosted);
    return variants;
}

QString sampleVariantKey(SampleVariant variant)
{
    switch (variant) {
    case SampleVariant::Standard:
        return u"standard"_s;
    case SampleVariant::NativeApp:
        return u"native-app"_s;
    case SampleVariant::SocialFromSignIn:
        return u"social-from-sign-in"_s;
    case SampleVariant::SecondFactor:
        return u"second-factor"_s;
    case SampleVariant::SelfHosted:
        return u"self-hosted"_s;
    }
    return {};
}

std::optional<SampleVariant> sampleVariantFromKey(const QString &key)
{
    for (SampleVariant v :
         {SampleVariant::Standard, SampleVariant::NativeApp, SampleVariant::SocialFromSignIn,
          SampleVariant::SecondFactor, SampleVariant::SelfHosted}) {
        if (sampleVariantKey(v) == key)
            return v;
    }
    return std::nullopt;
}

QString sampleVariantTitle(SampleVariant variant)
{
    switch (variant) {
    case SampleVariant::Standard:
        return Tr::tr("In a web browser (Ory Network)");
    case SampleVariant::NativeApp:
        return Tr::tr("In a mobile or desktop app (API flow, no cookies)");
    case SampleVariant::SocialFromSignIn:
        return Tr::tr("New person who pressed “Sign in with…” on the sign-in page");
    case SampleVariant::SecondFactor:
        return Tr::tr("Security key as the second factor");
    case SampleVariant::SelfHosted:
        return Tr::tr("Self-hosted Kratos (no Cloudflare)");
    }
    return {};
}

TransientPayloadAvailability transientPayloadAvailability(const HookPoint &point)
{
    using Flow = HookPoint::Flow;
    if (kPayloadCopiedAt.contains(point.toString()))
        return {true, {}};
    if (point.phase == HookPoint::Phase::Before)
        return {false, Tr::tr("Ory runs this hook before anything is submitted, so there is no transient "
                              "payload yet.")};
    if (point.method == u"saml")
        return {false, Tr::tr("Hookmail cannot confirm that Ory copies the transient payload into the flow "
                              "after SAML single sign-on (Ory's SAML code is not public), so the sample "
                              "leaves it out.")};
    if (point.flow == Flow::Login && point.method.isEmpty())
        return {false,
                Tr::tr("The generic list also runs for sign-ins with a passkey or a backup code, where "
                       "Ory drops the transient payload.")};
    if (point.flow == Flow::Settings && point.method.isEmpty())
        return {false,
                Tr::tr("The generic list runs for profile, password and other changes, where Ory drops "
                       "the transient payload.")};
    if (point.flow == Flow::Login)
        return {false, Tr::tr("Ory drops the transient payload when someone signs in this way.")};
    return {false, Tr::tr("Ory drops the transient payload in this settings change (only a social sign-in "
                          "link keeps it; ory/kratos#4609).")};
}

QJsonObject buildSampleContext(const HookPoint &point, const QJsonObject &identity,
                               const SampleContextOptions &options)
{
    using Flow = HookPoint::Flow;
    const SampleVariant variant =
        sampleVariantsFor(point).contains(options.variant) ? options.variant : SampleVariant::Standard;
    const bool browser = variant != SampleVariant::NativeApp;
    const bool oryNetwork = variant != SampleVariant::SelfHosted;
    const QString baseUrl = oryNetwork ? kBaseUrl : kSelfHostedUrl;
    const bool after = point.phase == HookPoint::Phase::After;
    const QString flowName = HookPoint::flowName(point.flow);
    const QString id = flowId(point.flow);
    // The IdP's answer to a SAML sign-in arrives as a cross-site form POST to the ACS URL (HTTP-POST
    // binding).
    const bool samlAcs = after && point.method == u"saml";
    const QString provider = samlAcs ? kSamlProviderId : oidcProvider(identity);
    const bool oidcCallback = after && point.method == u"oidc";
    // Both answers come back from another site: Sec-Fetch-Site cross-site, no Origin of the app.
    const bool crossSite = oidcCallback || samlAcs;
    const bool secondFactor = isSecondFactor(point, variant);
    // pre-persist only exists for registration and settings "after" hooks (response.parse).
    const bool prePersist =
        options.prePersist && after && (point.flow == Flow::Registration || point.flow == Flow::Settings);
    QJsonObject ctxIdent = ctxIdentity(identity, prePersist && point.flow == Flow::Registration, oryNetwork);
    // A used code verifies its address before the hooks run (also pre-persist); a verification flow re-reads
    // the identity it has just verified.
    if (verifiesAddressByCode(point) || (point.flow == Flow::Verification && after))
        ctxIdent = withFirstAddressVerified(ctxIdent);
    if (samlAcs && ctxIdent.value(u"organization_id"_s).isNull())
        ctxIdent.insert(u"organization_id"_s, kSamlOrganizationId); // assumption, see kSamlOrganizationId

    const QString initUrl = baseUrl + u"/self-service/"_s + flowName + (browser ? u"/browser"_s : u"/api"_s);
    const QString flowUrl = baseUrl + u"/self-service/"_s + flowName + u"?flow="_s + id;
    const QString returnToQuery = browser ? u"?return_to=https%3A%2F%2Fapp.example.com%2F"_s : QString();

    QJsonObject flow;
    flow.insert(u"id"_s, id);
    flow.insert(u"type"_s, browser ? u"browser"_s : u"api"_s);
    flow.insert(u"expires_at"_s, u"2025-05-12T10:13:41.204551Z"_s);
    flow.insert(u"issued_at"_s, u"2025-05-12T09:13:41.204551Z"_s);
    flow.insert(u"ui"_s, flowUi(point, flowUrl, u"POST"_s, provider, browser));
    QString state = u"choose_method"_s;
    const QJsonValue flowOrganization =
        samlAcs ? QJsonValue(kSamlOrganizationId) : QJsonValue(QJsonValue::Null);
    switch (point.flow) {
    case Flow::Registration:
        flow.insert(u"organization_id"_s, flowOrganization);
        if (variant == SampleVariant::SocialFromSignIn) {
            // Kratos turns the sign-in flow into a registration and keeps its request URL (ory/kratos#4172).
            flow.insert(u"request_url"_s,
                        QString(baseUrl + u"/self-service/login/browser"_s + returnToQuery));
            flow.insert(u"return_to"_s, QString(kAppUrl + u'/'));
        } else if (crossSite || !browser) {
            // The social sign-up in Ory's example starts without return_to; the password one with it.
            flow.insert(u"request_url"_s, initUrl);
        } else {
            flow.insert(u"request_url"_s,
                        QString(initUrl + u"?return_to=https%3A%2F%2Fapp.example.com%2Fwelcome"_s));
            flow.insert(u"return_to"_s, QString(kAppUrl + u"/welcome"_s));
        }
        // `active` is the method in use; Kratos leaves it unset for password sign-ups.
        if (after && !point.method.isEmpty() && point.method != u"password")
            flow.insert(u"active"_s, point.method);
        if (after && point.method == u"code")
            state = u"passed_challenge"_s;
        break;
    case Flow::Login:
        flow.insert(u"organization_id"_s, flowOrganization);
        flow.insert(u"request_url"_s, QString(initUrl + returnToQuery));
        if (browser)
            flow.insert(u"return_to"_s, QString(kAppUrl + u'/'));
        if (after)
            flow.insert(u"active"_s, point.method.isEmpty() ? u"password"_s : point.method);
        flow.insert(u"created_at"_s, u"2025-05-12T09:13:41.209934Z"_s);
        flow.insert(u"updated_at"_s, u"2025-05-12T09:14:01.551203Z"_s);
        flow.insert(u"refresh"_s, false);
        // A second factor is asked for by a flow that requests aal2.
        flow.insert(u"requested_aal"_s, secondFactor ? u"aal2"_s : u"aal1"_s);
        if (after && point.method == u"code")
            state = u"passed_challenge"_s;
        break;
    case Flow::Settings:
        flow.insert(u"organization_id"_s, QJsonValue::Null);
        flow.insert(u"request_url"_s, initUrl);
        if (after)
            flow.insert(u"active"_s, point.method.isEmpty() ? u"profile"_s : point.method);
        flow.insert(u"identity"_s, ctxIdent);
        // Pre-persist hooks run before the change is saved: the flow still shows the form.
        state = after && !prePersist ? u"success"_s : u"show_form"_s;
        if (state == u"success") {
            QJsonObject ui = flow.value(u"ui"_s).toObject();
            ui.insert(u"messages"_s, QJsonArray{QJsonObject{{u"id"_s, 1050001},
                                                            {u"text"_s, u"Your changes have been saved!"_s},
                                                            {u"type"_s, u"success"_s}}});
            flow.insert(u"ui"_s, ui);
        }
        break;
    case Flow::Recovery:
        flow.insert(u"request_url"_s, initUrl);
        if (after) {
            flow.insert(u"active"_s, u"code"_s);
            state = u"passed_challenge"_s;
        }
        break;
    case Flow::Verification:
        flow.insert(u"request_url"_s, initUrl);
        if (browser)
            flow.insert(u"return_to"_s, QString(kAppUrl + u"/welcome"_s));
        if (after) {
            flow.insert(u"active"_s, u"code"_s);
            state = u"passed_challenge"_s;
            // The verified flow's UI is a GET "continue" link to where the person returns.
            flow.insert(u"ui"_s, flowUi(point, browser ? kAppUrl + u"/welcome"_s : flowUrl, u"GET"_s,
                                        provider, browser));
            QJsonObject ui = flow.value(u"ui"_s).toObject();
            ui.insert(u"messages"_s,
                      QJsonArray{QJsonObject{{u"id"_s, 1080002},
                                             {u"text"_s, u"You successfully verified your email address."_s},
                                             {u"type"_s, u"success"_s}}});
            flow.insert(u"ui"_s, ui);
        }
        break;
    }
    flow.insert(u"state"_s, state);
    if (!options.transientPayload.isEmpty() && transientPayloadAvailability(point).available)
        flow.insert(u"transient_payload"_s, options.transientPayload);

    // Before hooks run when the flow is created (GET …/browser); after hooks on the form POST, except the
    // social sign-in callback, which is a GET redirect from the provider.
    QString requestMethod = u"POST"_s;
    QString requestUrl = flowUrl;
    if (!after) {
        requestMethod = u"GET"_s;
        requestUrl = flow.value(u"request_url"_s).toString();
    } else if (oidcCallback) {
        requestMethod = u"GET"_s;
        requestUrl = baseUrl + u"/self-service/methods/oidc/callback/"_s + provider +
                     u"?state=fake-state&code=fake-authorization-code"_s;
    } else if (samlAcs) {
        // The Assertion Consumer Service URL of the provider; SAMLResponse and RelayState travel in the form
        // body, not the URL. The path is the one of Kratos' SAML strategy (RouteSamlAcs
        // "/self-service/methods/saml/acs", with the provider id as the last segment in its tests); that Ory
        // Network serves it unchanged at <slug>.projects.oryapis.com is an assumption Ory's public docs do
        // not spell out. Doubt: Ory Network's SAML providers have two engines (ory-client's
        // NormalizedProjectRevisionSamlProvider: "native engine only" settings, a "Polis connection" whose
        // redirect URL points at "the SAML callback"). This is the native engine, where the IdP posts to
        // Kratos; behind Polis (BoxyHQ) the IdP posts to Polis, and the request that runs the hooks is Polis'
        // redirect to Kratos' SAML callback instead, probably a GET like the OIDC callback.
        requestUrl = baseUrl + u"/self-service/methods/saml/acs/"_s + provider;
    }

    QJsonObject rawHeaders{
        {u"Accept-Encoding"_s, headerValue(u"gzip"_s)},
        {u"Accept-Language"_s, headerValue(acceptLanguage(options.locale))},
        {u"True-Client-Ip"_s, headerValue(u"203.0.113.7"_s)},
        // Not on Ory's allow-list: dropped below, as Kratos does.
        {u"X-Forwarded-For"_s, headerValue(u"203.0.113.7"_s)},
    };
    if (browser) {
        rawHeaders.insert(u"accept"_s,
                          headerValue(u"text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"_s));
        // A cross-site POST sends only the IdP's origin as Referer (strict-origin-when-cross-origin).
        rawHeaders.insert(u"Referer"_s, headerValue(samlAcs ? QString(kSamlIdpOrigin + u'/')
                                                            : QString(u"https://auth.example.com/"_s +
                                                                      flowName + u"?flow="_s + id)));
        rawHeaders.insert(
            u"Sec-Ch-Ua"_s,
            headerValue(u"\"Chromium\";v=\"126\", \"Google Chrome\";v=\"126\", \"Not-A.Brand\";v=\"99\""_s));
        rawHeaders.insert(u"Sec-Ch-Ua-Mobile"_s, headerValue(u"?0"_s));
        rawHeaders.insert(u"Sec-Ch-Ua-Platform"_s, headerValue(u"\"Linux\""_s));
        rawHeaders.insert(u"Sec-Fetch-Dest"_s, headerValue(u"document"_s));
        rawHeaders.insert(u"Sec-Fetch-Mode"_s, headerValue(u"navigate"_s));
        rawHeaders.insert(u"Sec-Fetch-Site"_s, headerValue(crossSite ? u"cross-site"_s : u"same-site"_s));
        if (!samlAcs) // the IdP's page submits its form by script, without a user gesture
            rawHeaders.insert(u"Sec-Fetch-User"_s, headerValue(u"?1"_s));
        rawHeaders.insert(u"User-Agent"_s, headerValue(kUserAgent));
        if (!samlAcs) // see request_cookies below
            rawHeaders.insert(u"Cookie"_s, headerValue(kCsrfCookie + u"=fake-csrf-cookie-value="_s));
        if (samlAcs) // a form POST names the site it came from: the IdP
            rawHeaders.insert(u"Origin"_s, headerValue(kSamlIdpOrigin));
        else if (!oidcCallback) // a cross-site redirect from the provider carries no Origin
            rawHeaders.insert(u"Origin"_s, headerValue(u"https://auth.example.com"_s));
    } else {
        // A native app sends JSON and a session token instead of cookies.
        rawHeaders.insert(u"accept"_s, headerValue(u"application/json"_s));
        rawHeaders.insert(u"User-Agent"_s, headerValue(kAppUserAgent));
        rawHeaders.insert(u"Authorization"_s, headerValue(u"Bearer fake-session-token"_s));
    }
    if (oryNetwork) {
        // Ory Network sits behind Cloudflare, which adds the caller's city and country (not allow-listed, but
        // Kratos reads them for the session's device location).
        rawHeaders.insert(u"Cf-Ipcity"_s, headerValue(u"Berlin"_s));
        rawHeaders.insert(u"Cf-Ipcountry"_s, headerValue(u"DE"_s));
        // The project's custom domain, as Ory Network's edge forwards it (a project can allow-list it).
        rawHeaders.insert(u"X-Forwarded-Host"_s, headerValue(u"auth.example.com"_s));
    }
    if (requestMethod == u"POST") {
        rawHeaders.insert(u"Content-Type"_s, headerValue(browser ? u"application/x-www-form-urlencoded"_s
                                                                 : u"application/json"_s));
        // A signed SAMLResponse (base64 XML) makes the IdP's form far larger than a sign-in form.
        rawHeaders.insert(u"Content-Length"_s, headerValue(samlAcs ? u"9473"_s : u"182"_s));
    }

    // Kratos passes every cookie of the request; an API flow has none.
    QJsonObject cookies;
    // Ory's cookies are SameSite=Lax, which a browser does not send with a cross-site POST: the ACS request
    // carries none (SAML finds its flow through RelayState). Assumption: Ory Network keeps Lax for its
    // cookies; with SameSite=None they would be sent.
    if (browser && !samlAcs) {
        cookies.insert(kCsrfCookie, u"fake-csrf-cookie-value="_s);
        if (oidcCallback)
            cookies.insert(u"ory_kratos_continuity"_s, u"fake-continuity-cookie"_s);
        if (point.hasSession() || secondFactor)
            cookies.insert(u"ory_session_exampleslug"_s, u"fake-session-cookie-value"_s);
    }

    QJsonObject ctx;
    ctx.insert(u"flow"_s, flow);
    ctx.insert(u"request_headers"_s, allowListedRequestHeaders(rawHeaders, options.headerAllowlist.value_or(
                                                                               oryWebhookHeaderAllowlist())));
    ctx.insert(u"request_method"_s, requestMethod);
    ctx.insert(u"request_url"_s, requestUrl);
    ctx.insert(u"request_cookies"_s, cookies);
    if (point.hasIdentity())
        ctx.insert(u"identity"_s, ctxIdent);
    if (point.hasSession()) {
        SessionSample sample;
        sample.secondFactor = secondFactor;
        sample.userAgent = browser ? kUserAgent : kAppUserAgent;
        sample.location = deviceLocation(rawHeaders);
        // The session's identity is the saved one (settings pre-persist: before the change is saved).
        ctx.insert(u"session"_s,
                   sampleSession(
                       point, point.flow == Flow::Login ? ctxIdent : ctxIdentity(identity, false, oryNetwork),
                       provider, sample));
    }
    return ctx;
}

Status validateSampleIdentity(const QJsonObject &identity)
{
    // The identity travels inside ctx, and Ory refuses more than 64 KiB of template plus ctx
    // (docs/ARCHITECTURE.md, Ory §4).
    const qsizetype size = QJsonDocument(identity).toJson(QJsonDocument::Compact).size();
    if (size > limits::maxInputBytes)
        return Error{
            Tr::tr("The sample identity is %1 KiB; Ory passes at most 64 KiB of template and ctx to "
                   "Jsonnet, so an identity this large would make every hook fail. Remove some traits or "
                   "metadata.")
                .arg(size / 1024),
            {},
            errorCodeName(ErrorCode::IdentityTooLarge)};
    const QJsonValue traits = identity.value(u"traits"_s);
    if (!traits.isObject())
        return Error{
            traits.isUndefined()
                ? Tr::tr("The sample identity needs \"traits\": an object with the fields of your identity "
                         "schema, such as {\"email\": \"jane@example.com\"}.")
                : Tr::tr("The sample identity's \"traits\" must be an object, such as "
                         "{\"email\": \"jane@example.com\"}."),
            {},
            errorCodeName(ErrorCode::BadIdentity)};
    for (const QString &key : {u"id"_s, u"schema_id"_s, u"state"_s}) {
        if (identity.contains(key) && !identity.value(key).isString())
            return Error{Tr::tr("The sample identity's \"%1\" must be text.").arg(key),
                         {},
                         errorCodeName(ErrorCode::BadIdentity)};
    }
    const QString state = identity.value(u"state"_s).toString(u"active"_s);
    if (state != u"active" && state != u"inactive")
        return Error{Tr::tr("The sample identity's \"state\" must be \"active\" or \"inactive\"."),
                     {},
                     errorCodeName(ErrorCode::BadIdentity)};
    const QJsonValue metadata = identity.value(u"metadata_public"_s);
    if (!metadata.isUndefined() && !metadata.isNull() && !metadata.isObject())
        return Error{Tr::tr("The sample identity's \"metadata_public\" must be an object or null."),
                     {},
                     errorCodeName(ErrorCode::BadIdentity)};
    for (const QString &key : {u"verifiable_addresses"_s, u"recovery_addresses"_s}) {
        const QJsonValue list = identity.value(key);
        if (list.isUndefined())
            continue;
        if (!list.isArray())
            return Error{Tr::tr("The sample identity's \"%1\" must be a list of addresses (or left out when "
                                "there are none).")
                             .arg(key),
                         {},
                         errorCodeName(ErrorCode::BadIdentity)};
        const QJsonArray array = list.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject())
                return addressError(key, i,
                                    Tr::tr("must be an object such as {\"value\": \"jane@example.com\", "
                                           "\"via\": \"email\"}."));
            const QJsonObject address = array.at(i).toObject();
            if (!address.value(u"value"_s).isString() || address.value(u"value"_s).toString().isEmpty())
                return addressError(key, i, Tr::tr("needs a \"value\": the address as text."));
            const QJsonValue via = address.value(u"via"_s);
            if (!via.isUndefined() && via.toString() != u"email" && via.toString() != u"sms")
                return addressError(key, i, Tr::tr("has \"via\" that is neither \"email\" nor \"sms\"."));
            if (key == u"verifiable_addresses") {
                const QJsonValue verified = address.value(u"verified"_s);
                if (!verified.isUndefined() && !verified.isBool())
                    return addressError(key, i, Tr::tr("has \"verified\" that is not true or false."));
                const QJsonValue status = address.value(u"status"_s);
                if (!status.isUndefined() && status.toString() != u"pending" &&
                    status.toString() != u"sent" && status.toString() != u"completed")
                    return addressError(
                        key, i, Tr::tr("has \"status\" that is not \"pending\", \"sent\" or \"completed\"."));
            }
        }
    }
    return Ok{};
}

qsizetype oryEvaluationInputSize(const QString &filename, const QByteArray &templateSource,
                                 const QByteArray &ctxJson)
{
    // json.Marshal(processParameters{Filename, Snippet, TLACodes: [{Key: "ctx", Value: ctx}]}); the other
    // slices are nil and marshal as null (ory/x jsonnetsecure, processPoolVM.EvaluateAnonymousSnippet).
    QByteArray ctx = ctxJson;
    if (!ctx.endsWith('\n'))
        ctx += '\n'; // json.Encoder.Encode in request/builder.go
    static const qsizetype fixed =
        QByteArrayLiteral(R"({"Filename":,"Snippet":,"TLACodes":[{"Key":"ctx","Value":}],"TLAVars":null,)"
                          R"("ExtCodes":null,"ExtVars":null})")
            .size();
    return fixed + goJsonStringLength(filename.toUtf8()) + goJsonStringLength(templateSource) +
           goJsonStringLength(ctx);
}

} // namespace hookmail
