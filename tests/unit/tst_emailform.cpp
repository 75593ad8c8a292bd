#include "ReferenceJsonnet.h"
#include "TestEnv.h"
#include "core/model/EmailFormGenerator.h"
#include "core/model/Project.h"
#include "core/model/SampleContext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace hookmail;
using namespace Qt::StringLiterals;

namespace {
QByteArray ctxFor(const QString &preset, const QString &hookPoint = u"registration/after/password"_s)
{
    return QJsonDocument(
               buildSampleContext(*HookPoint::parse(hookPoint), findIdentityPreset(preset)->identity, {}))
        .toJson(QJsonDocument::Compact);
}

QJsonObject message(const test::ReferenceEvaluation &result)
{
    return result.json.object().value(u"message"_s).toObject();
}
} // namespace

// Evaluation here uses plain libjsonnet 0.18 as a reference (tests/support/ReferenceJsonnet); the app's own
// evaluator (worker, Ory limits) is tested on its own branch.
class TestEmailForm : public QObject
{
    Q_OBJECT
private slots:
    void deterministicAndReadable()
    {
        const EmailForm form = EmailFormGenerator::defaultWelcomeForm();
        const QString source = EmailFormGenerator::generate(form);
        QCOMPARE(EmailFormGenerator::generate(form), source);
        QVERIFY(source.startsWith(u"// "));
        QVERIFY(source.contains(u"\nfunction(ctx)\n"));
        QVERIFY(source.contains(u"error \"cancel\""));
        QVERIFY(source.contains(u"std.objectHas(identity, 'verifiable_addresses')"));
        QVERIFY(!source.contains(u"key:"));
        QVERIFY(!source.contains(u"verifiable_addresses[0]")); // the docs' trap
    }

    void evaluatesForEveryPreset_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("recipient"); // empty → hook skipped (cancel)
        QTest::newRow("default (unverified, sent)") << u"default"_s << u"jane.doe@example.com"_s;
        QTest::newRow("verified") << u"verified"_s << u"sam.lee@example.com"_s;
        QTest::newRow("oidc-google") << u"oidc-google"_s << u"jane.doe@example.com"_s;
        QTest::newRow("oidc-no-email → cancel") << u"oidc-no-email"_s << QString();
        QTest::newRow("unicode") << u"unicode-long-name"_s << u"mueller.ozturk@example.com"_s;
        QTest::newRow("german") << u"german-locale"_s << u"juergen.schaefer@example.de"_s;
    }
    void evaluatesForEveryPreset()
    {
        QFETCH(QString, preset);
        QFETCH(QString, recipient);
        const EmailForm form = EmailFormGenerator::defaultWelcomeForm();
        const auto result =
            test::referenceEvaluate(EmailFormGenerator::generate(form).toUtf8(), ctxFor(preset));
        if (recipient.isEmpty()) {
            QVERIFY(!result.ok);
            QVERIFY2(result.error.contains(u"RUNTIME ERROR: cancel"), qPrintable(result.error));
            return;
        }
        QVERIFY2(result.ok, qPrintable(result.error));
        const QJsonObject m = message(result);
        QCOMPARE(m.value(u"from_email"_s).toString(), form.fromEmail);
        QCOMPARE(m.value(u"subject"_s).toString(), form.subject);
        const QJsonObject to = m.value(u"to"_s).toArray().first().toObject();
        QCOMPARE(to.value(u"email"_s).toString(), recipient);
        QCOMPARE(to.value(u"type"_s).toString(), u"to"_s);
        const QString first =
            findIdentityPreset(preset)->identity.value(u"traits"_s)[u"name"_s][u"first"_s].toString();
        QCOMPARE(to.value(u"name"_s).toString(), first);
        QVERIFY(m.value(u"html"_s).toString().contains(recipient));
        QVERIFY(m.value(u"text"_s).toString().contains(recipient));
        QCOMPARE(m.value(u"tags"_s).toArray(), QJsonArray{u"welcome"_s});
    }

    void recipientOrderAndFallback_data()
    {
        QTest::addColumn<QStringList>("sources");
        QTest::addColumn<QString>("fallback");
        QTest::addColumn<QByteArray>("identity");
        QTest::addColumn<QString>("expected"); // empty → cancel
        const QByteArray two = R"({"traits":{"email":"t@example.com","backup":"b@example.com"},
            "verifiable_addresses":[{"value":"u@example.com","verified":false,"via":"email"},
                                    {"value":"+49123","verified":true,"via":"sms"},
                                    {"value":"v@example.com","verified":true,"via":"email"}]})";
        QTest::newRow("verified first")
            << QStringList{u"verified"_s, u"address"_s} << QString() << two << u"v@example.com"_s;
        QTest::newRow("any address first")
            << QStringList{u"address"_s, u"verified"_s} << QString() << two << u"u@example.com"_s;
        QTest::newRow("trait first") << QStringList{u"trait:backup"_s, u"verified"_s} << QString() << two
                                     << u"b@example.com"_s;
        const QByteArray none = R"({"traits":{"name":"x"}})";
        QTest::newRow("fallback used") << QStringList{u"verified"_s, u"trait:email"_s} << u"ops@example.com"_s
                                       << none << u"ops@example.com"_s;
        QTest::newRow("nothing → cancel")
            << QStringList{u"verified"_s, u"address"_s, u"trait:email"_s} << QString() << none << QString();
        QTest::newRow("trait of wrong type is skipped")
            << QStringList{u"trait:email"_s} << u"f@example.com"_s
            << QByteArray(R"({"traits":{"email":{"a":1}}})") << u"f@example.com"_s;
    }
    void recipientOrderAndFallback()
    {
        QFETCH(QStringList, sources);
        QFETCH(QString, fallback);
        QFETCH(QByteArray, identity);
        QFETCH(QString, expected);
        EmailForm form;
        form.fromEmail = u"a@example.com"_s;
        form.subject = u"s"_s;
        form.text = u"t"_s;
        form.recipientSources = sources;
        form.fallbackRecipient = fallback;
        const QByteArray ctx = "{\"identity\":" + identity + "}";
        const auto result = test::referenceEvaluate(EmailFormGenerator::generate(form).toUtf8(), ctx);
        if (expected.isEmpty()) {
            QVERIFY(!result.ok);
            QVERIFY(result.error.contains(u"cancel"));
            return;
        }
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(message(result).value(u"to"_s).toArray().first()[u"email"_s].toString(), expected);
    }

    void placeholdersAndEscaping_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("expectedSubject");
        QTest::addColumn<QString>("expectedHtml");
        QTest::newRow("trait") << u"Hi {{traits.name.first}}!"_s << u"<b>{{ traits.name.first }}</b>"_s
                               << u"Hi <Ann & 'Bo'>!"_s << u"<b>&lt;Ann &amp; &#39;Bo&#39;&gt;</b>"_s;
        QTest::newRow("identity prefix and id")
            << u"{{identity.id}}"_s << u"{{id}}"_s << u"i-1"_s << u"i-1"_s;
        QTest::newRow("missing trait → empty")
            << u"[{{traits.nope.deeper}}]"_s << u"[{{traits.age}}]"_s << u"[]"_s << u"[42]"_s;
        QTest::newRow("metadata") << u"{{metadata_public.plan}}"_s << QString() << u"pro"_s << QString();
        QTest::newRow("quotes backslashes newlines unicode")
            << u"It's \"x\" \\ n\u2028 🎉 שלום 日本"_s << u"a\nb\r\nc\t'|||'"_s
            << u"It's \"x\" \\ n\u2028 🎉 שלום 日本"_s << u"a\nb\r\nc\t'|||'"_s;
        QTest::newRow("unclosed braces stay literal")
            << u"{{traits.name.first"_s << u"}} {{ }}"_s << u"{{traits.name.first"_s << u"}} {{ }}"_s;
    }
    void placeholdersAndEscaping()
    {
        QFETCH(QString, subject);
        QFETCH(QString, html);
        QFETCH(QString, expectedSubject);
        QFETCH(QString, expectedHtml);
        EmailForm form;
        form.fromEmail = u"a@example.com"_s;
        form.subject = subject;
        form.html = html;
        const QByteArray ctx = R"({"identity":{"id":"i-1","traits":{"email":"e@example.com","age":42,
            "name":{"first":"<Ann & 'Bo'>"}},"metadata_public":{"plan":"pro"}}})";
        const QString source = EmailFormGenerator::generate(form);
        const auto result = test::referenceEvaluate(source.toUtf8(), ctx);
        QVERIFY2(result.ok, qPrintable(result.error + u"\n"_s + source));
        QCOMPARE(message(result).value(u"subject"_s).toString(), expectedSubject);
        QCOMPARE(message(result).contains(u"html"_s), !html.isEmpty());
        if (!html.isEmpty())
            QCOMPARE(message(result).value(u"html"_s).toString(), expectedHtml);
        QCOMPARE(EmailFormGenerator::formFromTemplate(source), std::optional<EmailForm>(form));
    }

    void optionalFieldsOmitted()
    {
        EmailForm form;
        form.fromEmail = u"a@example.com"_s;
        form.subject = u"s"_s;
        form.recipientNameTemplate = u"{{traits.missing}}"_s;
        const auto result = test::referenceEvaluate(EmailFormGenerator::generate(form).toUtf8(),
                                                    R"({"identity":{"traits":{"email":"e@x.io"}}})");
        QVERIFY2(result.ok, qPrintable(result.error));
        const QJsonObject m = message(result);
        for (const QString &key : {u"from_name"_s, u"text"_s, u"html"_s, u"headers"_s, u"tags"_s})
            QVERIFY2(!m.contains(key), qPrintable(key));
        QVERIFY(!m.value(u"to"_s).toArray().first().toObject().contains(u"name"_s)); // empty name left out
        form.replyTo = u"r@example.com"_s;
        form.tags = {u"t1"_s, u"t'2"_s};
        const auto second = test::referenceEvaluate(EmailFormGenerator::generate(form).toUtf8(),
                                                    R"({"identity":{"traits":{"email":"e@x.io"}}})");
        QVERIFY2(second.ok, qPrintable(second.error));
        QCOMPARE(message(second).value(u"headers"_s).toObject().value(u"Reply-To"_s).toString(),
                 u"r@example.com"_s);
        QCOMPARE(message(second).value(u"tags"_s).toArray(), (QJsonArray{u"t1"_s, u"t'2"_s}));
    }

    void noIdentityInBeforeHooks()
    {
        // A "before" ctx has no identity: the generated template skips instead of failing.
        const auto result = test::referenceEvaluate(
            EmailFormGenerator::generate(EmailFormGenerator::defaultWelcomeForm()).toUtf8(),
            ctxFor(u"default"_s, u"registration/before"_s));
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains(u"cancel"));
    }

    void formFromTemplateRejectsEdits_data()
    {
        QTest::addColumn<QString>("edit"); // text appended/replaced to simulate a hand edit
        QTest::newRow("appended comment") << u"append"_s;
        QTest::newRow("changed subject in code") << u"subject"_s;
        QTest::newRow("marker edited") << u"marker"_s;
        QTest::newRow("no marker") << u"nomarker"_s;
    }
    void formFromTemplateRejectsEdits()
    {
        QFETCH(QString, edit);
        const EmailForm form = EmailFormGenerator::defaultWelcomeForm();
        QString source = EmailFormGenerator::generate(form);
        QVERIFY(EmailFormGenerator::formFromTemplate(source).has_value());
        if (edit == u"append")
            source += u"// mine\n"_s;
        else if (edit == u"subject")
            source.replace(u"subject: 'Welcome to Example'"_s, u"subject: 'Hello'"_s);
        else if (edit == u"marker")
            source.replace(u"\"subject\":\"Welcome to Example\""_s, u"\"subject\":\"Hello\""_s);
        else
            source = u"function(ctx) {}"_s;
        QVERIFY(!EmailFormGenerator::formFromTemplate(source).has_value());
    }

    void formJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error"); // empty → ok
        QTest::newRow("empty object") << QByteArray("{}") << QString();
        QTest::newRow("subject not text")
            << QByteArray(R"({"subject":1})") << u"\"f.subject\" must be text"_s;
        QTest::newRow("tags not list") << QByteArray(R"({"tags":"a"})") << u"\"f.tags\" must be a list"_s;
        QTest::newRow("tag not text") << QByteArray(R"({"tags":["a",2]})") << u"\"f.tags[1]\""_s;
        QTest::newRow("unknown source") << QByteArray(R"({"recipientSources":["phone"]})") << u"\"phone\""_s;
        QTest::newRow("empty trait source")
            << QByteArray(R"({"recipientSources":["trait:"]})") << u"trait:"_s;
    }
    void formJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const auto form = EmailFormGenerator::formFromJson(QJsonDocument::fromJson(json).object(), u"f"_s);
        QCOMPARE(form.ok(), error.isEmpty());
        if (!error.isEmpty())
            QVERIFY2(form.error().message.contains(error), qPrintable(form.error().message));
        const EmailForm full = EmailFormGenerator::defaultWelcomeForm();
        QCOMPARE(EmailFormGenerator::formFromJson(EmailFormGenerator::formToJson(full), u"f"_s).value(),
                 full);
    }

    void placeholderFields()
    {
        const QStringList fields =
            EmailFormGenerator::placeholderFields(findIdentityPreset(u"oidc-google"_s)->identity);
        for (const QString &f : {u"address"_s, u"id"_s, u"traits.email"_s, u"traits.name.first"_s,
                                 u"traits.name.last"_s, u"metadata_public.picture"_s})
            QVERIFY2(fields.contains(f), qPrintable(fields.join(u", "_s)));
        QVERIFY(!fields.contains(u"traits.name"_s)); // objects are not placeholders, their fields are
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
        const auto result = test::referenceEvaluate(source.toUtf8(), ctxFor(preset, hookPoint));
        if (!sends) {
            QVERIFY(!result.ok);
            QVERIFY2(result.error.contains(u"RUNTIME ERROR: cancel"), qPrintable(result.error));
            return;
        }
        QVERIFY2(result.ok, qPrintable(result.error));
        const QJsonObject m = message(result);
        QVERIFY(!m.value(u"to"_s).toArray().first()[u"email"_s].toString().isEmpty());
        QVERIFY(m.value(u"html"_s).toString().contains(u"border-radius"));
        QVERIFY(!m.value(u"text"_s).toString().isEmpty());
        QCOMPARE(m.value(u"from_email"_s).toString(), u"welcome@example.com"_s);
    }
};

QTEST_GUILESS_MAIN(TestEmailForm)
#include "tst_emailform.moc"
