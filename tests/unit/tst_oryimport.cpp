// OryImport: an Ory project's web_hooks as Hookmail actions — Hookmail's own hooks recognised by their id and
// unwrapped to the user's template (the key stays behind), other bodies kept with written-in keys masked,
// hooks grouped across lists, and notes for what cannot be imported.
#include "core/ory/OryImport.h"
#include "core/ory/StoredBody.h"
#include "core/ory/WebHook.h"
#include "core/secrets/SecretRedaction.h"

#include <QJsonArray>
#include <QTest>

using namespace hookmail;
using namespace Qt::StringLiterals;

namespace {

const QString kMandrillKey = u"md-FAKEimportMandrillKey55555"_s;

QJsonObject webHook(const QString &url, const QString &body, const QJsonObject &extra = {})
{
    QJsonObject config{{u"url"_s, url}, {u"method"_s, u"POST"_s}, {u"body"_s, body}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        config.insert(it.key(), it.value());
    return QJsonObject{{u"hook"_s, u"web_hook"_s}, {u"config"_s, config}};
}

// flows.<flow>.after.<method>.hooks for each "flow/method" key.
QJsonObject configWith(const QList<QPair<QString, QJsonArray>> &lists)
{
    QJsonObject flows;
    for (const auto &[where, hooks] : lists) {
        const QStringList parts = where.split(u'/');
        QJsonObject flow = flows.value(parts[0]).toObject();
        QJsonObject after = flow.value(u"after"_s).toObject();
        if (parts.size() > 1)
            after.insert(parts[1], QJsonObject{{u"hooks"_s, hooks}});
        else
            after.insert(u"hooks"_s, hooks);
        flow.insert(u"after"_s, after);
        flows.insert(parts[0], flow);
    }
    return QJsonObject{{u"selfservice"_s, QJsonObject{{u"flows"_s, flows}}}};
}

QStringList pointTexts(const Action &a)
{
    QStringList out;
    for (const HookPoint &p : a.hookPoints)
        out.append(p.toString());
    return out;
}

} // namespace

class TestOryImport : public QObject
{
    Q_OBJECT
private slots:
    void hookmailHookComesBackAsTheTemplate()
    {
        Action ours = newAction(u"Welcome"_s);
        ours.hookId = u"hookmail-import-test"_s;
        ours.templateSource = u"function(ctx) { message: { subject: 'Hi' } }"_s;
        const QJsonObject hook = webHookJson(ours, WebHookOptions{kMandrillKey, true, {}});
        const auto imported = importWebHooks(configWith({{u"registration/password"_s, QJsonArray{hook}},
                                                         {u"registration/oidc"_s, QJsonArray{hook}},
                                                         {u"login/code"_s, QJsonArray{hook}}}));
        QCOMPARE(imported.size(), 1); // one action, attached to three lists
        const ImportedAction &i = imported.first();
        QVERIFY(i.fromHookmail);
        QCOMPARE(i.action.hookId, ours.hookId);
        QCOMPARE(i.action.templateSource, ours.templateSource);
        QVERIFY(!containsSecret(i.action.templateSource.toUtf8(), kMandrillKey));
        QCOMPARE(i.action.url, ours.url);
        QVERIFY(i.action.responseIgnore);
        QStringList points = pointTexts(i.action);
        points.sort();
        QCOMPARE(points, (QStringList{u"login/after/code"_s, u"registration/after/oidc"_s,
                                      u"registration/after/password"_s}));
    }

    void otherHooks_data()
    {
        QTest::addColumn<QJsonObject>("hook");
        QTest::addColumn<QString>("templateSource");
        QTest::addColumn<bool>("newId");       // no id in Ory: a generated one, with a note
        QTest::addColumn<QString>("noteSays"); // some note must contain this; empty: no note expected
        QTest::newRow("plain body with an id")
            << webHook(u"https://crm.example.com/x"_s, toBase64Body("function(ctx) { id: ctx.identity.id }"),
                       {{u"id"_s, u"crm-sync"_s}})
            << u"function(ctx) { id: ctx.identity.id }"_s << false << QString();
        QTest::newRow("a key written into the Jsonnet is masked")
            << webHook(u"https://mandrillapp.com/api/1.0/messages/send"_s,
                       toBase64Body("function(ctx) { key: \"md-RECIPEwrittenKey777\", message: {} }"))
            << u"function(ctx) { key: \"%1\", message: {} }"_s.arg(QString::fromUtf16(kMaskedKeyPlaceholder))
            << true << u"API key"_s;
        QTest::newRow("body loaded by Ory from a URL")
            << webHook(u"https://crm.example.com/x"_s, u"https://example.com/body.jsonnet"_s) << QString()
            << true << u"https://example.com/body.jsonnet"_s;
        QTest::newRow("broken base64") << webHook(u"https://crm.example.com/x"_s, u"base64://%%%"_s)
                                       << QString() << true << u"not valid base64"_s;
        QTest::newRow("no body") << webHook(u"https://crm.example.com/x"_s, QString()) << QString() << true
                                 << u"no body"_s;
        QTest::newRow("credentials are not imported")
            << webHook(
                   u"https://crm.example.com/x"_s, toBase64Body("function(ctx) {}"),
                   {{u"auth"_s, QJsonObject{{u"type"_s, u"api_key"_s},
                                            {u"config"_s, QJsonObject{{u"value"_s, u"crm-secret-1"_s}}}}}})
            << u"function(ctx) {}"_s << true << u"api_key"_s;
    }
    void otherHooks()
    {
        QFETCH(QJsonObject, hook);
        QFETCH(QString, templateSource);
        QFETCH(bool, newId);
        QFETCH(QString, noteSays);
        const auto imported = importWebHooks(configWith({{u"registration/password"_s, QJsonArray{hook}}}));
        QCOMPARE(imported.size(), 1);
        const ImportedAction &i = imported.first();
        QVERIFY(!i.fromHookmail);
        QCOMPARE(i.action.templateSource, templateSource);
        QCOMPARE(pointTexts(i.action), QStringList{u"registration/after/password"_s});
        QCOMPARE(i.action.url, hook.value(u"config"_s).toObject().value(u"url"_s).toString());
        QVERIFY(!i.action.hookId.isEmpty());
        QCOMPARE(i.action.hookId.startsWith(u"hookmail-"_s), newId);
        if (!newId)
            QCOMPARE(i.action.hookId, u"crm-sync"_s);
        const QString notes = i.notes.join(u'\n');
        if (noteSays.isEmpty())
            QVERIFY2(notes.isEmpty(), qPrintable(notes));
        else
            QVERIFY2(notes.contains(noteSays), qPrintable(notes));
        if (newId)
            QVERIFY2(notes.contains(u"no id"_s), qPrintable(notes));
        QVERIFY(!containsSecret(notes.toUtf8(), u"crm-secret-1"_s));
        QVERIFY(!containsSecret(i.action.templateSource.toUtf8(), u"md-RECIPEwrittenKey777"_s));
    }

    void onlyWebHooksAndGrouping()
    {
        // Built-in hooks are not actions; two id-less hooks with the same config are one action; a
        // different config is another.
        const QJsonObject a = webHook(u"https://a.example.com"_s, toBase64Body("function(ctx) {}"));
        const QJsonObject b = webHook(u"https://b.example.com"_s, toBase64Body("function(ctx) {}"));
        const QJsonArray password{QJsonObject{{u"hook"_s, u"session"_s}}, a, b};
        const auto imported =
            importWebHooks(configWith({{u"registration/password"_s, password}, {u"login/password"_s, {a}}}));
        QCOMPARE(imported.size(), 2);
        QCOMPARE(imported[0].action.url, u"https://a.example.com"_s);
        QCOMPARE(imported[0].action.hookPoints.size(), 2);
        QCOMPARE(imported[1].action.url, u"https://b.example.com"_s);
        QCOMPARE(imported[1].action.hookPoints.size(), 1);
        QVERIFY(imported[0].action.id != imported[1].action.id);
        QVERIFY(importWebHooks(configWith({{u"registration/password"_s,
                                            QJsonArray{QJsonObject{{u"hook"_s, u"session"_s}}}}}))
                    .isEmpty());
    }

    // Ory Network's SAML lists are hook points like any other; a list Hookmail does not know is still noted.
    void samlListsAreHookPoints()
    {
        const QJsonObject a = webHook(u"https://a.example.com"_s, toBase64Body("function(ctx) {}"));
        const auto imported = importWebHooks(configWith({{u"registration/password"_s, QJsonArray{a}},
                                                         {u"registration/saml"_s, QJsonArray{a}},
                                                         {u"login/saml"_s, QJsonArray{a}},
                                                         {u"login/deviceauthn"_s, QJsonArray{a}}}));
        QCOMPARE(imported.size(), 1);
        QCOMPARE(pointTexts(imported[0].action),
                 (QStringList{u"login/after/saml"_s, u"registration/after/password"_s,
                              u"registration/after/saml"_s}));
        QCOMPARE(imported[0].notes.filter(u"which Hookmail does not know"_s),
                 QStringList{u"Also in login/after/deviceauthn, which Hookmail does not know."_s});
    }

    void storedTemplateIsImported()
    {
        Action ours = newAction(u"Welcome"_s);
        const QByteArray shipped = shippedTemplate(ours, kMandrillKey);
        const QString url = u"https://storage.googleapis.com/bucket/"_s +
                            QString::fromLatin1(sha512Hex(shipped)) + u".jsonnet"_s;
        QJsonObject hook = webHook(ours.url, url, QJsonObject{{u"id"_s, ours.hookId}});
        const QJsonObject config = configWith(
            {{u"registration/password"_s, QJsonArray{hook}}, {u"registration/oidc"_s, QJsonArray{hook}}});
        QCOMPARE(storedTemplateUrls(config), QStringList{url});

        // Read: Hookmail's template comes back (the key stays behind), and the user learns the link is open.
        auto imported = importWebHooks(config, {{url, StoredTemplate{shipped, {}}}});
        QCOMPARE(imported.size(), 1);
        QVERIFY(imported.first().fromHookmail);
        QCOMPARE(imported.first().action.templateSource, ours.templateSource);
        QCOMPARE(imported.first().action.hookId, ours.hookId);
        const QString notes = imported.first().notes.join(u'\n');
        QVERIFY2(notes.contains(u"needs no credentials"_s), qPrintable(notes));
        QVERIFY(!notes.contains(url));
        QVERIFY(!containsSecret(notes.toUtf8(), kMandrillKey));

        // Not read, or unreadable: an empty template and a note saying why.
        imported = importWebHooks(config);
        QVERIFY(imported.first().action.templateSource.isEmpty());
        QVERIFY(imported.first().notes.join(u'\n').contains(u"was not read"_s));
        imported = importWebHooks(config, {{url, StoredTemplate{{}, u"HTTP 403"_s}}});
        QVERIFY(imported.first().action.templateSource.isEmpty());
        QVERIFY(imported.first().notes.join(u'\n').contains(u"HTTP 403"_s));
    }

    void brokenForeignHookIsNoted()
    {
        const QJsonObject hook =
            webHook(u"https://crm.example.com/x"_s, u"base64://e30="_s,
                    QJsonObject{{u"auth"_s, QJsonObject{{u"type"_s, u"basic_auth"_s},
                                                        {u"config"_s, QJsonObject{{u"user"_s, u"crm"_s}}}}}});
        const auto imported = importWebHooks(configWith({{u"registration/password"_s, QJsonArray{hook}}}));
        QCOMPARE(imported.size(), 1);
        const QString notes = imported.first().notes.join(u'\n');
        QVERIFY2(notes.contains(u"Broken in Ory"_s) && notes.contains(u"password"_s), qPrintable(notes));
    }

    void importedProjectHoldsTheActions()
    {
        const QJsonObject a =
            webHook(u"https://a.example.com"_s, toBase64Body("function(ctx) {}"), {{u"id"_s, u"a-hook"_s}});
        const auto imported = importWebHooks(configWith({{u"registration/password"_s, QJsonArray{a}}}));
        const Project p = importedProject(imported, u"p-42"_s);
        QCOMPARE(p.oryProjectId, u"p-42"_s);
        QCOMPARE(p.actions.size(), 1);
        QCOMPARE(p.actions.first().hookId, u"a-hook"_s);
        QCOMPARE(p.actions.first().name, u"a-hook"_s);
        QVERIFY(!p.sampleIdentity.isEmpty()); // sample data from the default project
    }
};

QTEST_GUILESS_MAIN(TestOryImport)
#include "tst_oryimport.moc"
