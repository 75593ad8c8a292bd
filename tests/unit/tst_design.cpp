// The designer's core (issue 14): the block model → HTML, plain text and Jsonnet; escaping of every user
// text and every person's value; placeholders with and without fallbacks for every sample identity; the
// generated Jsonnet evaluated by plain libjsonnet and by Hookmail's worker gives exactly html()/plainText();
// the design and theme JSON round trip with errors that name the field.
#include "ReferenceJsonnet.h"
#include "TestEnv.h"
#include "core/design/DesignGenerator.h"
#include "core/design/DesignText.h"
#include "core/model/Project.h"
#include "core/model/SampleContext.h"
#include "core/render/RenderService.h"
#include "core/render/TemplateEvaluator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace hookmail;
using namespace Qt::StringLiterals;

namespace {

Inline text(const QString &t)
{
    Inline run;
    run.text = t;
    return run;
}

Inline chip(const QString &field, const QString &fallback = {})
{
    Inline run;
    run.placeholder = Placeholder{field, fallback};
    return run;
}

Paragraph para(const QList<Inline> &runs, Paragraph::Kind kind = Paragraph::Kind::Normal)
{
    Paragraph p;
    p.kind = kind;
    p.runs = runs;
    return p;
}

// A design that uses every kind of block, every inline format and placeholders everywhere they may go.
EmailDesign everyBlockDesign()
{
    EmailDesign d = defaultWelcomeDesign();
    d.envelope.subject = {text(u"Hello "_s), chip(u"traits.name.first"_s, u"friend"_s)};
    d.envelope.fromName = {text(u"Team of "_s), chip(u"traits.name.last"_s)};
    d.envelope.replyTo = u"support@example.com"_s;
    d.envelope.tags = {u"welcome"_s, u"design"_s};
    auto add = [&d](BlockKind kind) -> Block & {
        d.blocks << newBlock(kind, d);
        return d.blocks.last();
    };
    Block &image = add(BlockKind::Image);
    image.imageUrl = u"https://example.com/hero.png"_s;
    image.altText = u"A hero image"_s;
    image.imageLink = u"https://example.com/tour"_s;
    image.align = BlockAlign::Center;
    add(BlockKind::Divider);
    Block &h2 = add(BlockKind::Heading);
    h2.headingLevel = 2;
    h2.line = {text(u"Your plan: "_s), chip(u"metadata_public.plan"_s, u"free"_s)};
    Block &rich = add(BlockKind::Text);
    Inline bold = text(u"bold"_s);
    bold.bold = true;
    Inline italic = text(u"italic"_s);
    italic.italic = true;
    Inline link = text(u"our guide"_s);
    link.link = u"https://example.com/guide"_s;
    rich.text = {
        para({text(u"Some "_s), bold, text(u" and "_s), italic, text(u", see "_s), link, text(u"."_s)}),
        para({text(u"First"_s)}, Paragraph::Kind::Bullet),
        para({text(u"Second "_s), chip(u"traits.name.first"_s)}, Paragraph::Kind::Bullet),
        para({text(u"One"_s)}, Paragraph::Kind::Numbered), para({text(u"Two"_s)}, Paragraph::Kind::Numbered)};
    Block &spacer = add(BlockKind::Spacer);
    spacer.spacerHeight = 32;
    Block &button = add(BlockKind::Button);
    button.line = {text(u"Open "_s), chip(u"traits.name.first"_s, u"your"_s), text(u" account"_s)};
    button.buttonUrl = {text(u"https://example.com/u/"_s), chip(u"id"_s)};
    button.align = BlockAlign::Center;
    Block &custom = add(BlockKind::CustomHtml);
    custom.html = u"<p class=\"x\">Custom for {{traits.name.first|you}} &amp; {{ traits.email }}</p>"_s;
    return d;
}

QJsonObject identityOf(const QString &preset)
{
    return findIdentityPreset(preset)->identity;
}

QByteArray ctxJsonFor(const QJsonObject &identity)
{
    return QJsonDocument(
               buildSampleContext(*HookPoint::parse(u"registration/after/password"_s), identity, {}))
        .toJson(QJsonDocument::Compact);
}

QJsonObject message(const QByteArray &output)
{
    return QJsonDocument::fromJson(output).object().value(u"message"_s).toObject();
}

QStringList presetNames()
{
    QStringList names;
    for (const IdentityPreset &p : identityPresets())
        names << p.name;
    return names;
}

} // namespace

class TestDesign : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(presetNames().contains(u"oidc-no-email"_s));
        if (qEnvironmentVariableIsSet("HOOKMAIL_DUMP_DESIGN")) {
            const EmailDesign d = everyBlockDesign();
            QTextStream(stdout) << DesignGenerator::jsonnet(d, Theme{}) << "\n----\n"
                                << DesignGenerator::plainText(d, {}) << "\n";
        }
    }

    void defaultDesignIsEmailSafeHtml()
    {
        const EmailDesign d = defaultWelcomeDesign();
        const QString html =
            DesignGenerator::html(d, Theme{}, DesignGenerator::valuesFor(d, identityOf(u"default"_s)));
        QVERIFY(html.startsWith(u"<!DOCTYPE html>\n<html lang=\"en\" "_s));
        QVERIFY(html.contains(u"<meta charset=\"utf-8\">"_s));
        QVERIFY(html.contains(u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"_s));
        QVERIFY(html.contains(u"<title>Welcome to Example</title>"_s));
        QVERIFY(html.contains(u"@media only screen and (max-width: 640px)"_s));
        // Fluid-hybrid: at most 600 px, 100% on a phone even without @media; Outlook's ghost table is 600.
        QVERIFY(html.contains(u"<div style=\"max-width:600px;margin:0 auto;\">\n<table role=\"presentation\" "
                              u"width=\"100%\""_s));
        QVERIFY(html.contains(u"<!--[if mso]><table role=\"presentation\" width=\"600\""_s));
        QVERIFY(html.contains(u"role=\"presentation\""_s));
        // The hidden preheader comes first in the body.
        const qsizetype body = html.indexOf(u"<body"_s);
        const qsizetype pre = html.indexOf(u"<div style=\"display:none;"_s);
        QVERIFY(pre > body);
        QVERIFY(html.indexOf(u"Your account is ready. Here is how to get started."_s) > pre);
        QVERIFY(html.indexOf(u"<table"_s, body) > pre);
        // The bulletproof button: a cell with the brand colour and a padded link.
        QVERIFY(html.contains(u"<td align=\"center\" bgcolor=\"#3b5bdb\" style=\"border-radius:8px;"
                              u"background-color:#3b5bdb;mso-padding-alt:12px 28px;\">"_s));
        QVERIFY(html.contains(u"<a href=\"https://example.com/login\" "
                              u"style=\"display:inline-block;padding:12px 28px;"_s));
        // Every block's outermost element carries its id, in order.
        qsizetype at = 0;
        for (const Block &block : d.blocks) {
            const qsizetype found = html.indexOf(u"<tr data-hm-block=\""_s + block.id + u"\">"_s, at);
            QVERIFY2(found > at, qPrintable(block.id));
            at = found;
        }
        QVERIFY(html.contains(u"Hi Jane,"_s));
        QVERIFY(html.contains(u"<strong>jane.doe@example.com</strong>"_s));
        QVERIFY(!html.contains(u"<script"_s, Qt::CaseInsensitive));
        QVERIFY(html.endsWith(u"</html>\n"_s));
        // What email clients need (lint findings of branch emaillint): Outlook's line heights and 96 dpi, no
        // constructs the clients ignore or flag.
        QVERIFY(html.contains(u"xmlns:o=\"urn:schemas-microsoft-com:office:office\""_s));
        QVERIFY(html.contains(u"<o:PixelsPerInch>96</o:PixelsPerInch>"_s));
        static const QRegularExpression bareLineHeight(u"(?<!exactly;)line-height:"_s);
        QVERIFY(!bareLineHeight.match(html).hasMatch());
        QVERIFY(!html.contains(u"target="_s));
        QVERIFY(!html.contains(u"opacity"_s));
        QVERIFY(!html.contains(u"outline"_s));
    }

    void everyImageHasAlt()
    {
        EmailDesign d = everyBlockDesign();
        Theme theme;
        theme.logoUrl = u"https://example.com/logo.png"_s;
        d.blocks.last().html.clear(); // only the generator's own <img> here
        const QString html = DesignGenerator::html(d, theme, {});
        static const QRegularExpression img(u"<img\\b[^>]*>"_s);
        int count = 0;
        auto it = img.globalMatch(html);
        while (it.hasNext()) {
            const QString tag = it.next().captured();
            QVERIFY2(tag.contains(u" alt=\""_s), qPrintable(tag));
            ++count;
        }
        QCOMPARE(count, 2); // the logo and the image
        QVERIFY(html.contains(u"src=\"https://example.com/logo.png\" alt=\"Example\""_s));
    }

    void deterministic()
    {
        const EmailDesign d = everyBlockDesign();
        QCOMPARE(DesignGenerator::jsonnet(d, Theme{}), DesignGenerator::jsonnet(everyBlockDesign(), Theme{}));
        QCOMPARE(DesignGenerator::html(d, Theme{}, {}),
                 DesignGenerator::html(everyBlockDesign(), Theme{}, {}));
    }

    void jsonnetIsReadableAndSafe()
    {
        const QString source = DesignGenerator::jsonnet(everyBlockDesign(), Theme{});
        QVERIFY(source.startsWith(u"// Email generated by Hookmail's designer"_s));
        QVERIFY(source.contains(u"\nfunction(ctx)\n"_s));
        QVERIFY(source.contains(u"error 'cancel'"_s));
        QVERIFY(source.contains(u"at(identity, 'verifiable_addresses')"_s));
        QVERIFY(!source.contains(u"verifiable_addresses[0]"_s)); // the docs' trap
        QVERIFY(!source.contains(u"key:"_s));
        QVERIFY(!source.contains(u"std.format"_s)); // cheap: no % formatting
        QVERIFY(!source.contains(u"%("_s));
        // Every field is reached through at(), never with a bare dot after identity.
        QVERIFY(!source.contains(u"identity.traits"_s));
        QVERIFY(source.contains(u"local traits_name_first = text(at(at(at(identity, 'traits'), 'name'), "
                                u"'first'));"_s));
        // The HTML is a few big literals, line by line, not one literal per piece of text.
        QVERIFY(source.contains(u"\n<tr data-hm-block=\"b3\">\n"_s));
    }

    void userTextIsEscaped()
    {
        EmailDesign d = defaultWelcomeDesign();
        d.blocks[1].line = {text(u"<b>Tom & \"Jerry's\"</b>"_s)};
        d.envelope.subject = {text(u"a<b>"_s)};
        Block &image = d.blocks[0];
        image.useThemeLogo = false;
        image.imageUrl = u"https://example.com/a.png?x=1&y=\"2\""_s;
        image.altText = u"\"><script>x</script>"_s;
        const QString html = DesignGenerator::html(d, Theme{}, {});
        QVERIFY(html.contains(u"&lt;b&gt;Tom &amp; &quot;Jerry&#39;s&quot;&lt;/b&gt;"_s));
        QVERIFY(html.contains(u"<title>a&lt;b&gt;</title>"_s));
        QVERIFY(html.contains(u"src=\"https://example.com/a.png?x=1&amp;y=&quot;2&quot;\""_s));
        QVERIFY(html.contains(u"alt=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\""_s));
        QVERIFY(!html.contains(u"<script"_s));
    }

    void valuesAreInert_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("script") << u"<script>alert(1)</script>"_s
                                << u"&lt;script&gt;alert(1)&lt;/script&gt;"_s;
        QTest::newRow("attribute break")
            << u"\"><img src=x onerror=alert(1)>"_s << u"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"_s;
        QTest::newRow("single quote") << u"O'Brien' onclick='x"_s << u"O&#39;Brien&#39; onclick=&#39;x"_s;
        QTest::newRow("ampersand") << u"Tom & Jerry &amp;"_s << u"Tom &amp; Jerry &amp;amp;"_s;
    }
    void valuesAreInert()
    {
        QFETCH(QString, value);
        QFETCH(QString, escaped);
        const EmailDesign d = everyBlockDesign();
        QJsonObject identity = identityOf(u"default"_s);
        QJsonObject traits = identity.value(u"traits"_s).toObject();
        traits.insert(u"name"_s, QJsonObject{{u"first"_s, value}, {u"last"_s, value}});
        identity.insert(u"traits"_s, traits);
        identity.insert(u"id"_s, value);
        const PlaceholderValues values = DesignGenerator::valuesFor(d, identity);
        QCOMPARE(values.value(u"traits.name.first"_s), value);
        const QString html = DesignGenerator::html(d, Theme{}, values);
        QVERIFY(!html.contains(value));
        QVERIFY(!html.contains(u"<img src=x"_s));
        QVERIFY(!html.contains(u"<script>alert"_s));
        // In text, in a heading, in the button label, in the button URL (an attribute), in custom HTML.
        QVERIFY(html.contains(u"Second "_s + escaped + u"</li>"_s));
        QVERIFY(html.contains(u"Open "_s + escaped + u" account</a>"_s));
        QVERIFY(html.contains(u"href=\"https://example.com/u/"_s + escaped + u"\""_s));
        QVERIFY(html.contains(u"Custom for "_s + escaped + u" &amp;"_s));
        QVERIFY(html.contains(u"<title>Hello "_s + escaped + u"</title>"_s));
        // The plain text and the subject take the value as it is.
        QVERIFY(DesignGenerator::plainText(d, values).contains(u"- Second "_s + value + u'\n'));
        QCOMPARE(DesignGenerator::inlineText(d.envelope.subject, values), u"Hello "_s + value);
        // The generated Jsonnet does the same.
        const auto result =
            test::referenceEvaluate(DesignGenerator::jsonnet(d, Theme{}).toUtf8(), ctxJsonFor(identity));
        QVERIFY2(result.ok, qPrintable(result.error));
        const QJsonObject m = result.json.object().value(u"message"_s).toObject();
        QCOMPARE(m.value(u"html"_s).toString(), html);
        QCOMPARE(m.value(u"subject"_s).toString(), u"Hello "_s + value);
    }

    void onlyWebAndMailLinks_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("kept");
        QTest::newRow("https") << u"https://example.com/x"_s << true;
        QTest::newRow("http upper") << u"HTTP://example.com/x"_s << true;
        QTest::newRow("mailto") << u"mailto:help@example.com"_s << true;
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
        QTest::newRow("spaced javascript") << u"  JavaScript:alert(1)"_s << false;
        QTest::newRow("data") << u"data:text/html,<b>x</b>"_s << false;
        QTest::newRow("relative") << u"/login"_s << false;
        QTest::newRow("file") << u"file:///etc/passwd"_s << false;
    }
    void onlyWebAndMailLinks()
    {
        QFETCH(QString, url);
        QFETCH(bool, kept);
        EmailDesign d;
        d.envelope.fromEmail = u"a@example.com"_s;
        Block button = newBlock(BlockKind::Button, d);
        button.buttonUrl = {text(url)};
        d.blocks << button;
        Block rich = newBlock(BlockKind::Text, d);
        Inline link = text(u"link"_s);
        link.link = url;
        rich.text = {para({link})};
        d.blocks << rich;
        Block image = newBlock(BlockKind::Image, d);
        image.imageUrl = u"https://example.com/i.png"_s;
        image.imageLink = url;
        d.blocks << image;
        const QString html = DesignGenerator::html(d, Theme{}, {});
        const QString plain = DesignGenerator::plainText(d, {});
        const QString trimmed = url.trimmed();
        QCOMPARE(html.count(u"href=\""_s + trimmed.toHtmlEscaped() + u'"'), kept ? 3 : 0);
        QCOMPARE(html.count(u"href="_s), kept ? 3 : 0);
        QCOMPARE(plain.contains(trimmed), kept);
        // Images load over http(s) only.
        Block bad = newBlock(BlockKind::Image, d);
        bad.imageUrl = url;
        d.blocks = {bad};
        const bool loads = trimmed.startsWith(u"http"_s, Qt::CaseInsensitive);
        QCOMPARE(DesignGenerator::html(d, Theme{}, {}).contains(u"<img "_s), loads);
    }

    void buttonUrlSchemeIsLiteral()
    {
        EmailDesign d;
        Block button = newBlock(BlockKind::Button, d);
        button.buttonUrl = {chip(u"traits.website"_s)}; // a person's value must not pick the scheme
        d.blocks << button;
        QJsonObject identity{{u"traits"_s, QJsonObject{{u"website"_s, u"javascript:alert(1)"_s}}}};
        const QString html = DesignGenerator::html(d, Theme{}, DesignGenerator::valuesFor(d, identity));
        QVERIFY(!html.contains(u"href="_s));
        QVERIFY(!html.contains(u"javascript"_s));
        d.blocks[0].buttonUrl = {text(u"mailto:"_s), chip(u"address"_s)};
        QVERIFY(DesignGenerator::html(d, Theme{}, {{u"address"_s, u"a@example.com"_s}})
                    .contains(u"href=\"mailto:a@example.com\""_s));
    }

    void themeValuesAreChecked()
    {
        Theme theme;
        theme.brandColor = u"red;\" onmouseover=\"x"_s;
        theme.textColor = u"#123"_s;
        theme.fontStack = u"x;} body{background:url(javascript:x)"_s;
        theme.contentWidth = 5000;
        theme.cornerRadius = -3;
        theme.logoUrl = u"javascript:alert(1)"_s;
        const QString html = DesignGenerator::html(defaultWelcomeDesign(), theme, {});
        QVERIFY(!html.contains(u"onmouseover"_s));
        QVERIFY(!html.contains(u"javascript"_s));
        QVERIFY(html.contains(u"bgcolor=\"#3b5bdb\""_s)); // the default brand colour
        QVERIFY(html.contains(u"color:#112233;"_s));      // #123 expanded
        QVERIFY(html.contains(u"font-family:Helvetica, Arial, sans-serif;"_s));
        QVERIFY(html.contains(u"max-width:800px;"_s));
        QVERIFY(html.contains(u"border-radius:0px"_s));
        Theme serif;
        serif.fontStack = u"Georgia, 'Times New Roman', serif"_s;
        serif.brandColor = u"#ffd43b"_s; // light: dark button text
        const QString styled = DesignGenerator::html(defaultWelcomeDesign(), serif, {});
        QVERIFY(styled.contains(u"font-family:Georgia, &#39;Times New Roman&#39;, serif;"_s));
        QVERIFY(styled.contains(u"color:#1f2933;text-decoration:none"_s));
    }

    void plainTextFromBlocks()
    {
        const EmailDesign d = everyBlockDesign();
        const PlaceholderValues values{{u"traits.name.first"_s, u"Jane"_s},
                                       {u"address"_s, u"j@example.com"_s}};
        const QString plain = DesignGenerator::plainText(d, values);
        const QString expected = u"Welcome to Example!\n\n"
                                 u"Hi Jane,\n\n"
                                 u"Your account for j@example.com is ready. Sign in to get started.\n\n"
                                 u"Get started: https://example.com/login\n\n"
                                 u"You received this email because you signed up at Example. If it wasn't "
                                 u"you, you can ignore this "
                                 u"email.\n\n"
                                 u"Example Inc., 1 Example Street, Example City\n\n"
                                 u"A hero image: https://example.com/tour\n\n"
                                 u"---\n\n"
                                 u"Your plan: free\n\n"
                                 u"Some bold and italic, see our guide (https://example.com/guide).\n\n"
                                 u"- First\n"
                                 u"- Second Jane\n\n"
                                 u"1. One\n"
                                 u"2. Two\n\n"
                                 u"Open Jane account: https://example.com/u/\n\n"
                                 u"Custom for Jane & \n"_s;
        QCOMPARE(plain, expected);
        EmailDesign overridden = d;
        overridden.plainTextOverride = RichText{para({text(u"Just this, "_s), chip(u"traits.name.first"_s)})};
        QCOMPARE(DesignGenerator::plainText(overridden, values), u"Just this, Jane\n"_s);
    }

    void placeholdersForEveryPreset_data()
    {
        QTest::addColumn<QString>("preset");
        for (const QString &name : presetNames())
            QTest::newRow(qPrintable(name)) << name;
    }
    void placeholdersForEveryPreset()
    {
        QFETCH(QString, preset);
        const EmailDesign d = everyBlockDesign();
        const QJsonObject identity = identityOf(preset);
        const PlaceholderValues values = DesignGenerator::valuesFor(d, identity);
        const QString first =
            identity.value(u"traits"_s).toObject().value(u"name"_s).toObject().value(u"first"_s).toString();
        const QString html = DesignGenerator::html(d, Theme{}, values);
        const QString plain = DesignGenerator::plainText(d, values);
        // With a fallback: the value when there is one, else the fallback.
        QCOMPARE(DesignGenerator::inlineText(d.envelope.subject, values),
                 u"Hello "_s + (first.isEmpty() ? u"friend"_s : first));
        QVERIFY(plain.contains(u"Hi "_s + (first.isEmpty() ? u"there"_s : first) + u','));
        QVERIFY(html.contains(u"Hi "_s + (first.isEmpty() ? u"there"_s : first).toHtmlEscaped() + u','));
        // Without a fallback: the value or nothing.
        QVERIFY(plain.contains(u"- Second "_s + first + u'\n'));
        QVERIFY(html.contains(u"Plan: "_s, Qt::CaseInsensitive));

        const auto result =
            test::referenceEvaluate(DesignGenerator::jsonnet(d, Theme{}).toUtf8(), ctxJsonFor(identity));
        if (values.value(u"address"_s).isEmpty()) {
            // No address and no fallback address: the email is skipped.
            QVERIFY(!result.ok);
            QVERIFY2(result.error.contains(u"RUNTIME ERROR: cancel"_s), qPrintable(result.error));
            return;
        }
        QVERIFY2(result.ok, qPrintable(result.error));
        const QJsonObject m = result.json.object().value(u"message"_s).toObject();
        QCOMPARE(m.value(u"html"_s).toString(), html);
        QCOMPARE(m.value(u"text"_s).toString(), plain);
        const QJsonObject to = m.value(u"to"_s).toArray().first().toObject();
        QCOMPARE(to.value(u"email"_s).toString(), values.value(u"address"_s));
        QCOMPARE(to.value(u"name"_s).toString(), first);
        QCOMPARE(to.contains(u"name"_s), !first.isEmpty());
    }

    void socialSignUpWithoutEmail()
    {
        EmailDesign d = defaultWelcomeDesign();
        const QJsonObject identity = identityOf(u"oidc-no-email"_s);
        QVERIFY(!identity.contains(u"verifiable_addresses"_s));
        QCOMPARE(DesignGenerator::valuesFor(d, identity).value(u"address"_s), QString());
        auto result =
            test::referenceEvaluate(DesignGenerator::jsonnet(d, Theme{}).toUtf8(), ctxJsonFor(identity));
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains(u"cancel"_s));
        // With a fallback address the email goes there instead.
        d.envelope.fallbackRecipient = u"ops@example.com"_s;
        const PlaceholderValues values = DesignGenerator::valuesFor(d, identity);
        QCOMPARE(values.value(u"address"_s), u"ops@example.com"_s);
        result = test::referenceEvaluate(DesignGenerator::jsonnet(d, Theme{}).toUtf8(), ctxJsonFor(identity));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(message(result.json.toJson()).value(u"to"_s).toArray().first()[u"email"_s].toString(),
                 u"ops@example.com"_s);
        QCOMPARE(message(result.json.toJson()).value(u"html"_s).toString(),
                 DesignGenerator::html(d, Theme{}, values));
    }

    void recipientOrder_data()
    {
        QTest::addColumn<QStringList>("sources");
        QTest::addColumn<QString>("fallback");
        QTest::addColumn<QByteArray>("identity");
        QTest::addColumn<QString>("expected"); // empty → cancel
        const QByteArray two = R"({"traits":{"email":"t@example.com","backup":{"mail":"b@example.com"}},
            "verifiable_addresses":[{"value":"u@example.com","verified":false,"via":"email"},
                                    {"value":"+49123","verified":true,"via":"sms"},
                                    {"value":"v@example.com","verified":true,"via":"email"}]})";
        QTest::newRow("verified first")
            << QStringList{u"verified"_s, u"address"_s} << QString() << two << u"v@example.com"_s;
        QTest::newRow("any address first")
            << QStringList{u"address"_s, u"verified"_s} << QString() << two << u"u@example.com"_s;
        QTest::newRow("nested trait first")
            << QStringList{u"trait:backup.mail"_s, u"verified"_s} << QString() << two << u"b@example.com"_s;
        const QByteArray none = R"({"traits":{"name":"x"}, "verifiable_addresses": "nope"})";
        QTest::newRow("fallback used") << QStringList{u"verified"_s, u"trait:email"_s} << u"ops@example.com"_s
                                       << none << u"ops@example.com"_s;
        QTest::newRow("nothing → cancel")
            << QStringList{u"verified"_s, u"address"_s, u"trait:email"_s} << QString() << none << QString();
        QTest::newRow("trait of wrong type is skipped")
            << QStringList{u"trait:email"_s} << u"f@example.com"_s
            << QByteArray(R"({"traits":{"email":{"a":1}}})") << u"f@example.com"_s;
    }
    void recipientOrder()
    {
        QFETCH(QStringList, sources);
        QFETCH(QString, fallback);
        QFETCH(QByteArray, identity);
        QFETCH(QString, expected);
        EmailDesign d = defaultWelcomeDesign();
        d.envelope.recipientSources = sources;
        d.envelope.fallbackRecipient = fallback;
        const QJsonObject id = QJsonDocument::fromJson(identity).object();
        QCOMPARE(DesignGenerator::valuesFor(d, id).value(u"address"_s), expected);
        const auto result = test::referenceEvaluate(DesignGenerator::jsonnet(d, Theme{}).toUtf8(),
                                                    "{\"identity\":" + identity + "}");
        if (expected.isEmpty()) {
            QVERIFY(!result.ok);
            QVERIFY(result.error.contains(u"cancel"_s));
            return;
        }
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(message(result.json.toJson()).value(u"to"_s).toArray().first()[u"email"_s].toString(),
                 expected);
    }

    void valueTypes()
    {
        EmailDesign d;
        d.envelope.subject = {chip(u"metadata_public.n"_s, u"none"_s), text(u"/"_s),
                              chip(u"metadata_public.b"_s, u"none"_s), text(u"/"_s),
                              chip(u"metadata_public.f"_s, u"none"_s), text(u"/"_s),
                              chip(u"metadata_public.o"_s, u"none"_s), text(u"/"_s),
                              chip(u"metadata_public.e"_s, u"none"_s)};
        d.envelope.fallbackRecipient = u"x@example.com"_s;
        const QJsonObject identity{{u"metadata_public"_s, QJsonObject{{u"n"_s, 42},
                                                                      {u"b"_s, true},
                                                                      {u"f"_s, 1.5},
                                                                      {u"o"_s, QJsonObject{{u"a"_s, 1}}},
                                                                      {u"e"_s, QString()}}}};
        const QString expected = u"42/true/none/none/none"_s;
        QCOMPARE(DesignGenerator::inlineText(d.envelope.subject, DesignGenerator::valuesFor(d, identity)),
                 expected);
        const auto result =
            test::referenceEvaluate(DesignGenerator::jsonnet(d, Theme{}).toUtf8(),
                                    QJsonDocument(QJsonObject{{u"identity"_s, identity}}).toJson());
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(message(result.json.toJson()).value(u"subject"_s).toString(), expected);
    }

    // The same through Hookmail's own worker (Ory's std additions and limits), for every sample identity.
    void workerRendersIdentically()
    {
        QVERIFY2(!TemplateEvaluator::locateWorker().isEmpty(), "hookmail-worker not found");
        TemplateEvaluator evaluator(1);
        RenderService renderer(&evaluator);
        Theme theme;
        theme.brandColor = u"#0b7285"_s;
        theme.logoUrl = u"https://example.com/logo.png"_s;
        for (const EmailDesign &d : {defaultWelcomeDesign(), everyBlockDesign()}) {
            Action action = newAction(u"Designed"_s);
            action.templateSource = DesignGenerator::jsonnet(d, theme);
            for (const IdentityPreset &preset : identityPresets()) {
                RenderRequest request;
                request.action = action;
                request.point = *HookPoint::parse(u"registration/after/password"_s);
                request.identity = preset.identity;
                const RenderOutcome outcome = renderer.renderAndWait(request);
                const PlaceholderValues values =
                    DesignGenerator::valuesFor(d, outcome.ctx.value(u"identity"_s).toObject());
                if (values.value(u"address"_s).isEmpty()) {
                    QVERIFY2(!outcome.evaluation.ok, qPrintable(preset.name));
                    QCOMPARE(outcome.evaluation.error.kind, EvaluationError::Kind::Cancelled);
                    continue;
                }
                QVERIFY2(outcome.evaluation.ok,
                         qPrintable(preset.name + u": "_s + outcome.evaluation.error.message));
                QCOMPARE(outcome.email.html, DesignGenerator::html(d, theme, values));
                QCOMPARE(outcome.email.text, DesignGenerator::plainText(d, values));
                QCOMPARE(outcome.email.subject, DesignGenerator::inlineText(d.envelope.subject, values));
                QCOMPARE(outcome.email.fromName, DesignGenerator::inlineText(d.envelope.fromName, values));
            }
        }
    }

    void anyTextSurvivesTheJsonnet()
    {
        // Quotes, backslashes, line breaks, separators, RTL, CJK and emoji in every kind of literal text.
        const QString tricky = u"It's \"x\" \\ n\u2028 🎉 שלום 日本 '|||' \t%(a)s"_s;
        EmailDesign d;
        d.envelope.fromEmail = u"a@example.com"_s;
        d.envelope.fallbackRecipient = u"b@example.com"_s;
        d.envelope.subject = {text(tricky)};
        d.envelope.fromName = {text(tricky)};
        d.envelope.tags = {u"t'1"_s};
        Block heading = newBlock(BlockKind::Heading, d);
        heading.line = {text(tricky)};
        d.blocks << heading;
        Block custom = newBlock(BlockKind::CustomHtml, d);
        custom.html = u"<p>a\nb\r\nc\t'|||' {{ }} }} {{traits.name.first</p>"_s;
        d.blocks << custom;
        const auto result = test::referenceEvaluate(DesignGenerator::jsonnet(d, Theme{}).toUtf8(), "{}");
        QVERIFY2(result.ok, qPrintable(result.error));
        const QJsonObject m = message(result.json.toJson());
        QCOMPARE(m.value(u"subject"_s).toString(), tricky);
        QCOMPARE(m.value(u"from_name"_s).toString(), tricky);
        QCOMPARE(m.value(u"html"_s).toString(), DesignGenerator::html(d, Theme{}, {}));
        QCOMPARE(m.value(u"text"_s).toString(), DesignGenerator::plainText(d, {}));
        QVERIFY(m.value(u"html"_s).toString().contains(u"a\nb\r\nc\t'|||' {{ }} }} {{traits.name.first"_s));
        QCOMPARE(m.value(u"tags"_s).toArray(), QJsonArray{u"t'1"_s});
    }

    void optionalFieldsOmitted()
    {
        EmailDesign d;
        d.envelope.fromEmail = u"a@example.com"_s;
        d.envelope.subject = {text(u"s"_s)};
        d.envelope.recipientName = {chip(u"traits.missing"_s)};
        const auto result = test::referenceEvaluate(DesignGenerator::jsonnet(d, Theme{}).toUtf8(),
                                                    R"({"identity":{"traits":{"email":"e@x.io"}}})");
        QVERIFY2(result.ok, qPrintable(result.error));
        const QJsonObject m = message(result.json.toJson());
        for (const QString &key : {u"from_name"_s, u"headers"_s, u"tags"_s})
            QVERIFY2(!m.contains(key), qPrintable(key));
        QVERIFY(!m.value(u"to"_s).toArray().first().toObject().contains(u"name"_s)); // empty name left out
        QCOMPARE(m.value(u"to"_s).toArray().first()[u"email"_s].toString(), u"e@x.io"_s);
        QVERIFY(m.value(u"html"_s).toString().startsWith(u"<!DOCTYPE html>"_s));
        QCOMPARE(m.value(u"text"_s).toString(), u"\n"_s);
        d.envelope.replyTo = u"r@example.com"_s;
        d.envelope.tags = {u"t1"_s, u"t2"_s};
        const auto second = test::referenceEvaluate(DesignGenerator::jsonnet(d, Theme{}).toUtf8(),
                                                    R"({"identity":{"traits":{"email":"e@x.io"}}})");
        QVERIFY2(second.ok, qPrintable(second.error));
        QCOMPARE(message(second.json.toJson()).value(u"headers"_s)[u"Reply-To"_s].toString(),
                 u"r@example.com"_s);
        QCOMPARE(message(second.json.toJson()).value(u"tags"_s).toArray(), (QJsonArray{u"t1"_s, u"t2"_s}));
    }

    void defaultProjectTemplateEvaluates_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("hookPoint");
        QTest::addColumn<bool>("sends");
        for (const IdentityPreset &p : identityPresets()) {
            for (const QString &hp : {u"registration/after/password"_s, u"registration/after/oidc"_s})
                QTest::newRow(qPrintable(p.name + u' ' + hp)) << p.name << hp << (p.name != u"oidc-no-email");
        }
        QTest::newRow("before hook (no identity)") << u"default"_s << u"registration/before"_s << false;
    }
    void defaultProjectTemplateEvaluates()
    {
        QFETCH(QString, preset);
        QFETCH(QString, hookPoint);
        QFETCH(bool, sends);
        const QString source = defaultProject().actions.first().templateSource;
        const QJsonObject ctx = buildSampleContext(*HookPoint::parse(hookPoint), identityOf(preset), {});
        const auto result = test::referenceEvaluate(source.toUtf8(), QJsonDocument(ctx).toJson());
        if (!sends) {
            QVERIFY(!result.ok);
            QVERIFY2(result.error.contains(u"RUNTIME ERROR: cancel"_s), qPrintable(result.error));
            return;
        }
        QVERIFY2(result.ok, qPrintable(result.error));
        const QJsonObject m = message(result.json.toJson());
        QVERIFY(!m.value(u"to"_s).toArray().first()[u"email"_s].toString().isEmpty());
        QVERIFY(m.value(u"html"_s).toString().contains(u"border-radius"_s));
        QVERIFY(!m.value(u"text"_s).toString().isEmpty());
        QCOMPARE(m.value(u"from_email"_s).toString(), u"welcome@example.com"_s);
    }

    void placeholderFields()
    {
        const QStringList fields = DesignGenerator::placeholderFields(identityOf(u"oidc-google"_s));
        for (const QString &f : {u"address"_s, u"id"_s, u"traits.email"_s, u"traits.name.first"_s,
                                 u"traits.name.last"_s, u"metadata_public.picture"_s})
            QVERIFY2(fields.contains(f), qPrintable(fields.join(u", "_s)));
        QVERIFY(!fields.contains(u"traits.name"_s)); // objects are not placeholders, their fields are
    }

    void designJsonRoundTrip()
    {
        EmailDesign d = everyBlockDesign();
        d.language = u"de"_s;
        d.plainTextOverride =
            RichText{para({text(u"Plain "_s), chip(u"address"_s)}, Paragraph::Kind::Bullet)};
        Inline formatted = chip(u"traits.name.first"_s, u"there"_s);
        formatted.bold = true;
        formatted.italic = true;
        d.blocks[2].text[0].runs << formatted;
        d.blocks[0].imageLink = u"https://example.com"_s;
        const QJsonObject json = designToJson(d);
        const auto back = designFromJson(json, u"design"_s);
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back.value(), d);
        QCOMPARE(designToJson(back.value()), json);
        // Compact: literal runs are plain strings.
        QCOMPARE(json.value(u"envelope"_s)[u"subject"_s].toArray().first(), QJsonValue(u"Hello "_s));

        Theme theme;
        theme.brandColor = u"#ff0000"_s;
        theme.fontStack = Theme::webSafeFontStacks().last();
        theme.contentWidth = 720;
        theme.cornerRadius = 0;
        theme.logoUrl = u"https://example.com/l.png"_s;
        const auto themeBack = themeFromJson(themeToJson(theme), u"theme"_s);
        QVERIFY(themeBack.ok());
        QCOMPARE(themeBack.value(), theme);
        QCOMPARE(themeFromJson({}, u"theme"_s).value(), Theme{});
    }

    void jsonErrorsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("blocks not a list")
            << QByteArray(R"({"blocks": {}})") << u"\"d.blocks\" must be a list"_s;
        QTest::newRow("unknown kind") << QByteArray(R"({"blocks": [{"id": "b1", "kind": "video"}]})")
                                      << u"\"d.blocks[0].kind\" holds \"video\""_s;
        QTest::newRow("no id") << QByteArray(R"({"blocks": [{"kind": "text"}]})")
                               << u"\"d.blocks[0]\" has no \"id\""_s;
        QTest::newRow("duplicate id")
            << QByteArray(R"({"blocks": [{"id": "b1", "kind": "text"},
                                                                  {"id": "b1", "kind": "divider"}]})")
            << u"\"d.blocks[1].id\" holds \"b1\", which another block already has"_s;
        QTest::newRow("bad run") << QByteArray(
                                        R"({"blocks": [{"id": "b1", "kind": "heading", "line": [3]}]})")
                                 << u"\"d.blocks[0].line[0]\" must be text or an object"_s;
        QTest::newRow("bad paragraph kind")
            << QByteArray(
                   R"({"blocks": [{"id": "b1", "kind": "text", "text": [{"kind": "table", "runs": []}]}]})")
            << u"\"d.blocks[0].text[0].kind\" must be \"normal\", \"bullet\" or \"numbered\""_s;
        QTest::newRow("fraction")
            << QByteArray(R"({"blocks": [{"id": "b1", "kind": "spacer", "spacerHeight": 1.5}]})")
            << u"\"d.blocks[0].spacerHeight\" must be a whole number"_s;
        QTest::newRow("heading level")
            << QByteArray(R"({"blocks": [{"id": "b", "kind": "heading", "headingLevel": 7}]})")
            << u"\"d.blocks[0].headingLevel\" must be between 1 and 3, not 7"_s;
        QTest::newRow("subject not runs")
            << QByteArray(R"({"envelope": {"subject": "Hi"}})") << u"\"d.envelope.subject\" must be a list"_s;
        QTest::newRow("empty placeholder")
            << QByteArray(R"({"envelope": {"subject": [{"field": " "}]}})")
            << u"\"d.envelope.subject[0].field\" must name a field of the person"_s;
        QTest::newRow("recipient source") << QByteArray(R"({"envelope": {"recipientSources": ["phone"]}})")
                                          << u"\"d.envelope.recipientSources\" holds \"phone\""_s;
        QTest::newRow("align") << QByteArray(
                                      R"({"blocks": [{"id": "b", "kind": "text", "align": "middle"}]})")
                               << u"\"d.blocks[0].align\" must be \"left\", \"center\" or \"right\""_s;
    }
    void jsonErrorsNameTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const auto result = designFromJson(QJsonDocument::fromJson(json).object(), u"d"_s);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
    }

    void themeErrorsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("colour") << QByteArray(R"({"brandColor": "blue"})")
                                << u"\"project.theme.brandColor\" must be a colour like"_s;
        QTest::newRow("colour type") << QByteArray(R"({"textColor": 5})")
                                     << u"\"project.theme.textColor\" must be text"_s;
        QTest::newRow("width") << QByteArray(R"({"contentWidth": 2000})")
                               << u"\"project.theme.contentWidth\" must be between 480 and 800, not 2000"_s;
        QTest::newRow("font")
            << QByteArray(R"({"fontStack": "Comic Sans MS"})")
            << u"\"project.theme.fontStack\" holds \"Comic Sans MS\", which is not one of"_s;
    }
    void themeErrorsNameTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const auto result = themeFromJson(QJsonDocument::fromJson(json).object(), u"project.theme"_s);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
    }

    void newBlocksAndDefaults()
    {
        EmailDesign d = defaultWelcomeDesign();
        QStringList kinds;
        QList<BlockKind> expected = {BlockKind::Image, BlockKind::Heading, BlockKind::Text, BlockKind::Button,
                                     BlockKind::Footer};
        QCOMPARE(d.blocks.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(d.blocks.at(i).kind, expected.at(i));
        QVERIFY(d.blocks.first().useThemeLogo);
        QCOMPARE(d.blocks.at(2).text.first().runs.at(1).placeholder,
                 std::optional<Placeholder>(Placeholder{u"traits.name.first"_s, u"there"_s}));
        QSet<QString> ids;
        for (const Block &b : d.blocks)
            ids.insert(b.id);
        QCOMPARE(ids.size(), d.blocks.size());
        const Block added = newBlock(BlockKind::Divider, d);
        QVERIFY(!ids.contains(added.id));
        QCOMPARE(added.id, u"b6"_s);
        d.blocks.removeAt(1);
        QCOMPARE(newBlock(BlockKind::Text, d).id, u"b6"_s); // never reuses a higher id
        for (BlockKind kind :
             {BlockKind::Image, BlockKind::Heading, BlockKind::Text, BlockKind::Button, BlockKind::Divider,
              BlockKind::Spacer, BlockKind::Footer, BlockKind::CustomHtml}) {
            EmailDesign one;
            one.blocks << newBlock(kind, one);
            QVERIFY(DesignGenerator::html(one, Theme{}, {}).contains(u"data-hm-block=\"b1\""_s));
        }
        QVERIFY(Theme::webSafeFontStacks().contains(Theme{}.fontStack));
    }

    void placeholderTextHelpers()
    {
        const InlineText runs =
            inlineTextFromTemplate(u"Hi {{ identity.traits.name.first | there }}, {{id}}!"_s);
        QCOMPARE(runs.size(), 5);
        QCOMPARE(runs.at(1).placeholder,
                 std::optional<Placeholder>(Placeholder{u"traits.name.first"_s, u"there"_s}));
        QCOMPARE(runs.at(3).placeholder, std::optional<Placeholder>(Placeholder{u"id"_s, QString()}));
        QCOMPARE(inlineTextToTemplate(runs), u"Hi {{traits.name.first|there}}, {{id}}!"_s);
        QCOMPARE(inlineTextForDisplay(runs), u"Hi [First name | there], [Account ID]!"_s);
        const RichText rich = richTextFromTemplate(u"One\nline two\n\n  \nThree {{address}}\n"_s);
        QCOMPARE(rich.size(), 2);
        QCOMPARE(richTextToTemplate(rich), u"One\nline two\n\nThree {{address}}"_s);
    }
};

QTEST_GUILESS_MAIN(TestDesign)
#include "tst_design.moc"
