// Mandrill templates (issue 18), client side. Prism with the official (fixed) OAS 3.1 spec validates every
// request the template features make (templates/list, mctemplates/list, templates/info, templates/render,
// messages/send-template with a generated body); a 400/422 from Prism is a failure. Scenario fakes cover
// what Prism cannot: a published template with both merge languages, a draft-only template, a tag no
// identity field fills, a key without template permissions, a 50-template account.
#include "PrismServer.h"
#include "ReferenceJsonnet.h"
#include "ScenarioServer.h"
#include "TestEnv.h"
#include "core/design/DesignGenerator.h"
#include "core/mandrill/MandrillClient.h"
#include "core/mandrill/TestSend.h"
#include "core/model/SampleContext.h"
#include "core/mtemplate/DesignUpload.h"
#include "core/mtemplate/TemplateChecks.h"
#include "core/mtemplate/TemplateGenerator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace hookmail;
using namespace Qt::StringLiterals;
using test::ScenarioResponse;
using test::ScenarioServer;

namespace {
const QString kFakeKey = u"hookmail-fake-template-key-0001"_s;

QString specPath()
{
    return test::sharedReferenceDir() + u"/mandrill/transactional.openapi.fixed.json"_s;
}

QByteArray failureText(const Error &e, const test::PrismServer *prism)
{
    QString text = e.message + u"\n  detail: "_s + e.detail;
    if (prism)
        text += u"\n  prism log tail: "_s + QString::fromUtf8(prism->output().right(1500));
    return text.toUtf8();
}

// templates/info / list item as Mandrill answers it.
QJsonObject templateJson(const QString &slug, const QString &code, bool published,
                         const QStringList &labels = {})
{
    QJsonObject o{{u"slug"_s, slug},
                  {u"name"_s, slug.toUpper()},
                  {u"labels"_s, QJsonArray::fromStringList(labels)},
                  {u"code"_s, code},
                  {u"subject"_s, u"Welcome *|FNAME|*"_s},
                  {u"from_email"_s, u"hello@example.com"_s},
                  {u"from_name"_s, u"Example"_s},
                  {u"text"_s, QJsonValue::Null},
                  {u"publish_name"_s, slug},
                  {u"created_at"_s, u"2026-01-01 10:00:00.1"_s},
                  {u"updated_at"_s, u"2026-01-02 10:00:00.1"_s},
                  {u"draft_updated_at"_s, u"2026-01-02 10:00:00"_s},
                  {u"is_broken_template"_s, false}};
    if (published) {
        o.insert(u"publish_code"_s, code);
        o.insert(u"publish_subject"_s, u"Welcome *|FNAME|*"_s);
        o.insert(u"publish_from_email"_s, u"hello@example.com"_s);
        o.insert(u"publish_from_name"_s, u"Example"_s);
        o.insert(u"publish_text"_s, QJsonValue::Null);
        o.insert(u"published_at"_s, u"2026-01-02 10:00:00"_s);
    } else {
        for (const QString &k : {u"publish_code"_s, u"publish_subject"_s, u"publish_from_email"_s,
                                 u"publish_from_name"_s, u"publish_text"_s, u"published_at"_s})
            o.insert(k, QJsonValue::Null);
    }
    return o;
}

QByteArray apiError(const char *name, int code, const char *message)
{
    return QJsonDocument(QJsonObject{{u"status"_s, u"error"_s},
                                     {u"code"_s, code},
                                     {u"name"_s, QString::fromLatin1(name)},
                                     {u"message"_s, QString::fromLatin1(message)}})
        .toJson(QJsonDocument::Compact);
}

const QString kBothLanguages = u"<h1>Hi *|FNAME|*</h1><div mc:edit=\"intro\">Default</div>"
                               u"<p>{{plan}}</p><p>*|COMPANY|*</p>"_s;

TemplateEmail emailFor(const MandrillTemplate &t)
{
    TemplateEmail e;
    e.source = t;
    e.mergeLanguage = scanTemplate(t.publishedParts()).likelyLanguage();
    syncTemplateFields(e, DesignGenerator::placeholderFields(findIdentityPreset(u"default"_s)->identity));
    return e;
}

} // namespace

class TestMandrillTemplates : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::PrismServer> m_prism;
    ScenarioServer *m_server = nullptr;
    MandrillClient *m_client = nullptr;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_server = new ScenarioServer(this);
        QVERIFY(m_server->start());
        m_client = new MandrillClient(this);
        m_client->setBaseUrl(m_server->baseUrl().toString());
        m_client->setTimeout(std::chrono::seconds(5));
    }
    void cleanup()
    {
        delete m_client;
        delete m_server;
    }

    // ---- Prism: the official spec accepts every request --------------------------------------------------

    void prismAcceptsEveryTemplateRequest()
    {
        if (test::sharedReferenceDir().isEmpty())
            QSKIP(qPrintable(test::sharedMissingMessage()));
        test::PrismServer prism(specPath());
        HOOKMAIL_START_PRISM(prism, specPath());
        m_client->setBaseUrl(prism.baseUrl().toString());
        m_client->setTimeout(std::chrono::seconds(10));

        const auto list = MandrillClient::wait<QList<MandrillTemplate>>(
            [&](auto cb) { m_client->templates(kFakeKey, cb); });
        QVERIFY2(list.ok(), failureText(list.error(), &prism).constData());
        QVERIFY(!list->isEmpty());
        const auto mc = MandrillClient::wait<QList<MandrillTemplate>>(
            [&](auto cb) { m_client->mailchimpTemplates(kFakeKey, cb); });
        QVERIFY2(mc.ok(), failureText(mc.error(), &prism).constData());
        QVERIFY(!mc->isEmpty() && mc->first().isMailchimp());
        const auto mcInfo = MandrillClient::wait<MandrillTemplate>(
            [&](auto cb) { m_client->mailchimpTemplateInfo(kFakeKey, mc->first().mailchimpId, cb); });
        QVERIFY2(mcInfo.ok(), failureText(mcInfo.error(), &prism).constData());
        QCOMPARE(mcInfo->mailchimpId, mc->first().mailchimpId);
        const QString slug = list->first().slug;
        const auto info = MandrillClient::wait<MandrillTemplate>(
            [&](auto cb) { m_client->templateInfo(kFakeKey, slug, cb); });
        QVERIFY2(info.ok(), failureText(info.error(), &prism).constData());
        QCOMPARE(info->slug, slug);

        // The generated send-template body for a sample person, evaluated, then sent as a test send.
        MandrillTemplate t = info.value();
        t.publishCode = kBothLanguages;
        TemplateEmail e = emailFor(t);
        e.mergeVars << TemplateField{u"COMPANY"_s, Placeholder{{}, u"ACME & Co"_s}};
        e.regions = {TemplateField{u"intro"_s, Placeholder{u"traits.name.first"_s, u"friend"_s}}};
        e.envelope.tags = {u"welcome"_s};
        const QJsonObject identity = findIdentityPreset(u"default"_s)->identity;
        const auto evaluated = test::referenceEvaluate(
            TemplateGenerator::jsonnet(e).toUtf8(),
            QJsonDocument(QJsonObject{{u"identity"_s, identity}}).toJson(QJsonDocument::Compact));
        QVERIFY2(evaluated.ok, qPrintable(evaluated.error));
        const auto body = buildTestSendBody(evaluated.json.object(), {u"test@example.com"_s}, kFakeKey);
        QVERIFY2(body.ok(), qPrintable(body.error().message));
        QVERIFY(body->body.contains(u"template_name"_s));
        // What Prism saw (key masked), for the closing note.
        QJsonObject shown = body->body;
        shown.insert(u"key"_s, u"••••"_s);
        qInfo("messages/send-template body: %s",
              QJsonDocument(shown).toJson(QJsonDocument::Indented).constData());
        const auto sent =
            MandrillClient::wait<QList<SendResult>>([&](auto cb) { m_client->sendAny(body->body, cb); });
        QVERIFY2(sent.ok(), failureText(sent.error(), &prism).constData());
        QVERIFY(!sent->isEmpty()); // Prism answered the send-template route with its recipients

        // templates/render with the body's values (flat merge vars, as the spec allows).
        const QJsonObject message = body->body.value(u"message"_s).toObject();
        const auto rendered = MandrillClient::wait<QString>([&](auto cb) {
            m_client->renderTemplate(kFakeKey, slug, body->body.value(u"template_content"_s).toArray(),
                                     message.value(u"global_merge_vars"_s).toArray(), cb);
        });
        QVERIFY2(rendered.ok(), failureText(rendered.error(), &prism).constData());
        QVERIFY(!rendered->isEmpty());

        // Moving a designed email into Mandrill: templates/add (publish false), then templates/publish.
        EmailDesign design = defaultWelcomeDesign();
        design.envelope.fromEmail = u"hello@example.com"_s;
        const DesignUpload up = designToTemplate(design, Theme{}, u"Welcome from Hookmail"_s);
        const auto added = MandrillClient::wait<MandrillTemplate>(
            [&](auto cb) { m_client->addTemplate(kFakeKey, templateAddBody(up), cb); });
        QVERIFY2(added.ok(), failureText(added.error(), &prism).constData());
        const auto published = MandrillClient::wait<MandrillTemplate>(
            [&](auto cb) { m_client->publishTemplate(kFakeKey, added->slug, cb); });
        QVERIFY2(published.ok(), failureText(published.error(), &prism).constData());
    }

    // ---- scenario fakes ----------------------------------------------------------------------------------

    void publishedTemplateWithBothLanguages()
    {
        m_server->setResponse(
            "/templates/info",
            ScenarioResponse::json(
                200,
                QJsonDocument(templateJson(u"both"_s, kBothLanguages, true)).toJson(QJsonDocument::Compact)));
        const auto info = MandrillClient::wait<MandrillTemplate>(
            [&](auto cb) { m_client->templateInfo(kFakeKey, u"both"_s, cb); });
        QVERIFY2(info.ok(), failureText(info.error(), nullptr).constData());
        QCOMPARE(
            QJsonDocument::fromJson(m_server->requests().first().body).object().value(u"name"_s).toString(),
            u"both"_s);
        QVERIFY(info->isPublished());
        const TemplateEmail e = emailFor(info.value());
        const TemplateScan scan = e.scan();
        QCOMPARE(scan.mailchimpTags, (QStringList{u"FNAME"_s, u"COMPANY"_s}));
        QCOMPARE(scan.handlebarsTags, QStringList{u"plan"_s});
        QCOMPARE(scan.editRegions, QStringList{u"intro"_s});
        QCOMPARE(e.mergeLanguage, MergeLanguage::Mailchimp);
        QCOMPARE(e.mergeVars.first().value.field, u"traits.name.first"_s); // FNAME guessed
        QStringList codes;
        for (const TemplateFinding &f : templateStaticFindings(e))
            codes << f.code;
        QVERIFY(codes.contains(u"merge-language"_s)); // {{plan}} would stay as written
        QVERIFY(codes.contains(u"unmapped-tag"_s));   // COMPANY
    }

    void draftOnlyTemplate()
    {
        m_server->setResponse(
            "/templates/info",
            ScenarioResponse::json(200, QJsonDocument(templateJson(u"draft"_s, u"<p>*|FNAME|*</p>"_s, false))
                                            .toJson(QJsonDocument::Compact)));
        const auto info = MandrillClient::wait<MandrillTemplate>(
            [&](auto cb) { m_client->templateInfo(kFakeKey, u"draft"_s, cb); });
        QVERIFY2(info.ok(), failureText(info.error(), nullptr).constData());
        QVERIFY(!info->isPublished());
        const QList<TemplateFinding> findings = templateStaticFindings(emailFor(info.value()));
        QVERIFY(!findings.isEmpty());
        QCOMPARE(findings.first().code, u"template-draft-only"_s);
        QCOMPARE(findings.first().severity, TemplateFinding::Severity::Error);
        QVERIFY(findings.first().message.contains(u"publish"_s, Qt::CaseInsensitive));
        // Sending it anyway: Mandrill says Unknown_Template; the message says what to do.
        m_server->setResponse(
            "/messages/send-template",
            ScenarioResponse::json(404, apiError("Unknown_Template", 5, "No such template \"draft\"")));
        const auto sent = MandrillClient::wait<QList<SendResult>>([&](auto cb) {
            m_client->sendAny(QJsonObject{{u"key"_s, kFakeKey},
                                          {u"template_name"_s, u"draft"_s},
                                          {u"template_content"_s, QJsonArray{}},
                                          {u"message"_s, QJsonObject{}}},
                              cb);
        });
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().code, u"Unknown_Template"_s);
        QCOMPARE(m_server->requests().last().path, QByteArray("/messages/send-template"));
    }

    void tagNoIdentityFieldFills()
    {
        const QString code = u"<p>*|FNAME|* – your coupon *|COUPON_CODE|*</p>"_s;
        m_server->setResponse(
            "/templates/info",
            ScenarioResponse::json(
                200, QJsonDocument(templateJson(u"coupon"_s, code, true)).toJson(QJsonDocument::Compact)));
        const auto info = MandrillClient::wait<MandrillTemplate>(
            [&](auto cb) { m_client->templateInfo(kFakeKey, u"coupon"_s, cb); });
        QVERIFY(info.ok());
        const TemplateEmail e = emailFor(info.value());
        QCOMPARE(e.mergeVars.size(), 2);
        QVERIFY(!e.mergeVars.at(1).mapped()); // no identity field looks like a coupon
        bool found = false;
        for (const TemplateFinding &f : templateStaticFindings(e)) {
            if (f.code == u"unmapped-tag" && f.message.contains(u"*|COUPON_CODE|*"_s))
                found = true;
        }
        QVERIFY(found);
    }

    void keyWithoutTemplatePermissions()
    {
        m_server->setResponse("/templates/list",
                              ScenarioResponse::json(500, apiError("Invalid_Key", -1, "Invalid API key")));
        const auto r = MandrillClient::wait<QList<MandrillTemplate>>(
            [&](auto cb) { m_client->templates(kFakeKey, cb); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, u"Invalid_Key"_s);
        QVERIFY2(r.error().message.contains(u"templates/list"_s) &&
                     r.error().message.contains(u"restricted"_s),
                 qPrintable(r.error().message));
        QVERIFY(!r.error().message.contains(kFakeKey));
        qInfo("templates/list with a restricted key → %s", qPrintable(r.error().message));
        // The 401 flavour of the OAS 3.1 spec says the same.
        m_server->setResponse("/templates/info",
                              ScenarioResponse::json(401, apiError("Invalid_Key", 401, "Invalid API key")));
        const auto info = MandrillClient::wait<MandrillTemplate>(
            [&](auto cb) { m_client->templateInfo(kFakeKey, u"x"_s, cb); });
        QVERIFY(!info.ok());
        QVERIFY(info.error().message.contains(u"templates/info"_s));
    }

    void fiftyTemplateAccount()
    {
        QJsonArray list;
        for (int i = 0; i < 50; ++i)
            list.append(templateJson(u"template-%1"_s.arg(i, 2, 10, QLatin1Char('0')),
                                     QString(4000, u'x') + u"*|FNAME|*"_s, i % 7 != 0,
                                     {i % 2 ? u"onboarding"_s : u"billing"_s}));
        m_server->setResponse("/templates/list", ScenarioResponse::json(200, QJsonDocument(list).toJson(
                                                                                 QJsonDocument::Compact)));
        QElapsedTimer timer;
        timer.start();
        const auto r = MandrillClient::wait<QList<MandrillTemplate>>(
            [&](auto cb) { m_client->templates(kFakeKey, cb); });
        QVERIFY2(r.ok(), failureText(r.error(), nullptr).constData());
        QCOMPARE(r->size(), 50);
        QElapsedTimer search;
        search.start();
        const QList<MandrillTemplate> billing = filterTemplates(r.value(), u"billing"_s);
        const qint64 searchMs = search.elapsed();
        QCOMPARE(billing.size(), 25);
        QCOMPARE(filterTemplates(r.value(), u"template-4"_s).size(), 10);
        QCOMPARE(filterTemplates(r.value(), u"TEMPLATE-07"_s).size(), 1);
        int drafts = 0;
        for (const MandrillTemplate &t : r.value())
            drafts += t.isPublished() ? 0 : 1;
        QCOMPARE(drafts, 8);
        qInfo("50 templates (%lld KiB answer): list+parse %lld ms, search %lld ms",
              qlonglong(QJsonDocument(list).toJson(QJsonDocument::Compact).size() / 1024),
              qlonglong(timer.elapsed()), qlonglong(searchMs));
        QVERIFY(searchMs < 50);
    }

    // `hookmail mandrill templates|template`: the same calls from the command line (the scenario server runs
    // in this process, so the CLI is awaited without blocking the event loop).
    void cliListsAndShowsTemplates()
    {
        QJsonArray list{templateJson(u"welcome"_s, kBothLanguages, true, {u"onboarding"_s}),
                        templateJson(u"invoice"_s, u"<p>{{amount}}</p>"_s, false, {u"billing"_s})};
        m_server->setResponse("/templates/list", ScenarioResponse::json(200, QJsonDocument(list).toJson(
                                                                                 QJsonDocument::Compact)));
        m_server->setResponse("/mctemplates/list", ScenarioResponse::json(200, "[]"));
        m_server->setResponse(
            "/templates/info",
            ScenarioResponse::json(200, QJsonDocument(list.at(0).toObject()).toJson(QJsonDocument::Compact)));
        auto run = [&](const QStringList &args, QString *out) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"HOOKMAIL_MANDRILL_KEY"_s, kFakeKey);
            env.insert(u"HOOKMAIL_MANDRILL_URL"_s, m_server->baseUrl().toString());
            p.setProcessEnvironment(env);
            QSignalSpy finished(&p, &QProcess::finished);
            p.start(test::binDir() + u"/hookmail"_s, args);
            if (!finished.wait(30000))
                p.kill();
            *out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
            return p.exitCode();
        };
        QString out;
        QCOMPARE(run({u"mandrill"_s, u"templates"_s}, &out), 0);
        QVERIFY2(out.contains(u"WELCOME"_s) && out.contains(u"draft only"_s) && out.contains(u"onboarding"_s),
                 qPrintable(out));
        QCOMPARE(run({u"mandrill"_s, u"templates"_s, u"bill"_s, u"--json"_s}, &out), 0);
        const QJsonArray shown =
            QJsonDocument::fromJson(out.toUtf8()).object().value(u"templates"_s).toArray();
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.at(0)[u"slug"_s].toString(), u"invoice"_s);
        QCOMPARE(shown.at(0)[u"published"_s].toBool(), false);
        QCOMPARE(run({u"mandrill"_s, u"template"_s, u"welcome"_s}, &out), 0);
        QVERIFY2(out.contains(u"FNAME"_s) && out.contains(u"traits.name.first"_s) && out.contains(u"intro"_s),
                 qPrintable(out));
        QVERIFY(!out.contains(kFakeKey));
        QCOMPARE(run({u"mandrill"_s, u"nope"_s}, &out), 2);
    }
};

QTEST_GUILESS_MAIN(TestMandrillTemplates)
#include "tst_mandrilltemplates.moc"
