// Mandrill templates (issue 18), core: the merge-tag scanner, the local renderer of both merge languages
// (a table of cases), the mapping model and its project-file format (version 3, with the v2 migration), and
// the messages/send-template Jsonnet: Ory-safe, evaluated by Hookmail's worker for every sample person,
// far below Ory's 64 KiB whatever the template's size.
#include "ReferenceJsonnet.h"
#include "core/design/DesignGenerator.h"
#include "core/mandrill/MandrillTemplates.h"
#include "core/model/Project.h"
#include "core/model/SampleContext.h"
#include "core/mtemplate/DesignUpload.h"
#include "core/mtemplate/TemplateChecks.h"
#include "core/mtemplate/TemplateGenerator.h"
#include "core/render/Checks.h"
#include "core/render/RenderService.h"
#include "core/render/TemplateEvaluator.h"
#include "core/render/TemplateSize.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace hookmail;
using namespace Qt::StringLiterals;

namespace {

Placeholder ph(const QString &field, const QString &fallback = {})
{
    return Placeholder{field, fallback};
}

// A published template using both merge languages, an mc:edit region and a system tag.
MandrillTemplate welcomeTemplate()
{
    MandrillTemplate t;
    t.slug = u"welcome-2026"_s;
    t.name = u"Welcome 2026"_s;
    t.labels = {u"onboarding"_s};
    t.publishCode = t.code =
        u"<html><body><h1>Hi *|FNAME|*!</h1>\n"
        u"<div mc:edit=\"intro\"><p>Default intro</p></div>\n"
        u"<p>Your plan: *|PLAN|*</p>\n"
        u"*|IF:COMPANY|*<p>Team *|COMPANY|*</p>*|ELSE:|*<p>No team</p>*|END:IF|*\n"
        u"<p>&copy; *|CURRENT_YEAR|* <a href=\"*|UNSUB|*\">unsubscribe</a></p></body></html>"_s;
    t.publishText = t.text = u"Hi *|FNAME|*, your plan is *|PLAN|*."_s;
    t.publishSubject = t.subject = u"Welcome, *|FNAME|*"_s;
    t.publishFromEmail = t.fromEmail = u"hello@example.com"_s;
    t.publishFromName = t.fromName = u"Example"_s;
    t.publishName = t.name;
    t.publishedAt = u"2026-11-01 10:00:00"_s;
    return t;
}

MandrillTemplate handlebarsTemplate()
{
    MandrillTemplate t;
    t.slug = u"hb-welcome"_s;
    t.name = u"HB welcome"_s;
    t.publishCode = t.code =
        u"<h1>Hi {{fname}}</h1><p>{{{signature}}}</p>{{#if plan}}<p>Plan {{plan}}</p>{{else}}<p>Free</p>{{/if}}"_s;
    t.publishSubject = t.subject = u"Hello {{fname}}"_s;
    t.publishFromEmail = t.fromEmail = u"hb@example.com"_s;
    t.publishedAt = u"2026-11-02 10:00:00"_s;
    return t;
}

TemplateEmail welcomeEmail()
{
    TemplateEmail e;
    e.source = welcomeTemplate();
    e.mergeLanguage = MergeLanguage::Mailchimp;
    e.mergeVars = {TemplateField{u"FNAME"_s, ph(u"traits.name.first"_s, u"there"_s)},
                   TemplateField{u"PLAN"_s, ph(u"metadata_public.plan"_s, u"Free"_s)},
                   TemplateField{u"COMPANY"_s, ph(u"traits.company"_s)}};
    e.regions = {TemplateField{u"intro"_s, ph(u"traits.name.last"_s)}};
    e.envelope.tags = {u"welcome"_s};
    return e;
}

QJsonObject evaluate(const QString &source, const QJsonObject &identity, QString *error = nullptr)
{
    const QJsonObject ctx{{u"identity"_s, identity}};
    const auto result =
        test::referenceEvaluate(source.toUtf8(), QJsonDocument(ctx).toJson(QJsonDocument::Compact));
    if (!result.ok && error)
        *error = result.error;
    return result.json.object();
}

} // namespace

class TestMTemplates : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void scanFindsBothLanguagesAndRegions()
    {
        const TemplateScan scan = scanTemplate(
            {u"<p mc:edit=\"main\">x</p><div mc:edit='footer'></div> *|FNAME|* *|fname|* *|HTML:BIO|* "
             u"*|IF:PLAN|*a*|END:IF|* *|UNSUB|* *|MC:SUBJECT|* *|DATE:Y|* {{lname}} {{{raw}}} "
             u"{{#if vip}}v{{/if}} {{#each items}}{{this.title}}{{/each}} {{upper lname}} {{! note }}"_s});
        QCOMPARE(scan.mailchimpTags, (QStringList{u"FNAME"_s, u"BIO"_s, u"PLAN"_s}));
        QCOMPARE(scan.handlebarsTags, (QStringList{u"lname"_s, u"raw"_s, u"vip"_s, u"title"_s}));
        QCOMPARE(scan.editRegions, (QStringList{u"main"_s, u"footer"_s}));
        QVERIFY(scan.unsupported.contains(u"{{#each items}}"_s));
        QVERIFY(scan.unsupported.contains(u"{{upper lname}}"_s));
        QVERIFY(scan.usesBothLanguages());
        QCOMPARE(scanTemplate({u"{{a}} {{b}}"_s}).likelyLanguage(), MergeLanguage::Handlebars);
        QCOMPARE(scanTemplate({u"*|A|*"_s}).likelyLanguage(), MergeLanguage::Mailchimp);
        QCOMPARE(scanTemplate({u"no tags"_s}).mailchimpTags, QStringList{});
    }

    void renderMerge_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QVariantMap>("values");
        QTest::addColumn<QVariantMap>("regions");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("unsupported");

        const QVariantMap jane{{u"FNAME"_s, u"Jane"_s}};
        // Mailchimp
        QTest::newRow("mc value") << u"mailchimp"_s << u"Hi *|FNAME|*!"_s << jane << QVariantMap{}
                                  << u"Hi Jane!"_s << QString();
        QTest::newRow("mc name ignores case")
            << u"mailchimp"_s << u"Hi *|fname|*"_s << QVariantMap{{u"Fname"_s, u"Jo"_s}} << QVariantMap{}
            << u"Hi Jo"_s << QString();
        QTest::newRow("mc missing value is blank")
            << u"mailchimp"_s << u"Hi *|LNAME|*."_s << jane << QVariantMap{} << u"Hi ."_s << QString();
        QTest::newRow("mc value inserted as is")
            << u"mailchimp"_s << u"<p>*|X|*</p>"_s << QVariantMap{{u"X"_s, u"<b>&</b>"_s}} << QVariantMap{}
            << u"<p><b>&</b></p>"_s << QString();
        QTest::newRow("mc if true") << u"mailchimp"_s
                                    << u"*|IF:FNAME|*Hi *|FNAME|**|ELSE:|*Hi there*|END:IF|*"_s << jane
                                    << QVariantMap{} << u"Hi Jane"_s << QString();
        QTest::newRow("mc if false (fallback)")
            << u"mailchimp"_s << u"*|IF:FNAME|*Hi *|FNAME|**|ELSE:|*Hi there*|END:IF|*"_s << QVariantMap{}
            << QVariantMap{} << u"Hi there"_s << QString();
        QTest::newRow("mc ifnot") << u"mailchimp"_s << u"*|IFNOT:FNAME|*anon*|END:IF|*"_s << QVariantMap{}
                                  << QVariantMap{} << u"anon"_s << QString();
        QTest::newRow("mc if equals")
            << u"mailchimp"_s << u"*|IF:PLAN=pro|*PRO*|ELSE:|*std*|END:IF|*"_s
            << QVariantMap{{u"PLAN"_s, u"pro"_s}} << QVariantMap{} << u"PRO"_s << QString();
        QTest::newRow("mc nested if")
            << u"mailchimp"_s << u"*|IF:A|*a*|IF:B|*b*|END:IF|*c*|END:IF|*."_s
            << QVariantMap{{u"A"_s, u"1"_s}} << QVariantMap{} << u"ac."_s << QString();
        QTest::newRow("mc upper modifier")
            << u"mailchimp"_s << u"*|UPPER:FNAME|*"_s << jane << QVariantMap{} << u"JANE"_s << QString();
        QTest::newRow("mc elseif not previewed")
            << u"mailchimp"_s << u"*|IF:A|*a*|ELSEIF:B|*b*|END:IF|*"_s << QVariantMap{{u"A"_s, u"1"_s}}
            << QVariantMap{} << u"a*|ELSEIF:B|*b"_s << u"*|ELSEIF:B|*"_s;
        QTest::newRow("mc handlebars untouched") << u"mailchimp"_s << u"{{fname}} *|FNAME|*"_s << jane
                                                 << QVariantMap{} << u"{{fname}} Jane"_s << QString();
        QTest::newRow("mc:edit region filled")
            << u"mailchimp"_s << u"<div mc:edit=\"main\"><p>default</p><div>x</div></div><p>after</p>"_s
            << QVariantMap{} << QVariantMap{{u"main"_s, u"<b>new</b>"_s}}
            << u"<div mc:edit=\"main\"><b>new</b></div><p>after</p>"_s << QString();
        QTest::newRow("mc:edit region default kept")
            << u"mailchimp"_s << u"<div mc:edit=\"main\"><p>default</p></div>"_s << QVariantMap{}
            << QVariantMap{{u"other"_s, u"x"_s}} << u"<div mc:edit=\"main\"><p>default</p></div>"_s
            << QString();
        QTest::newRow("merge tags inside region content")
            << u"mailchimp"_s << u"<td mc:edit=\"m\">d</td>"_s << jane
            << QVariantMap{{u"m"_s, u"Hi *|FNAME|*"_s}} << u"<td mc:edit=\"m\">Hi Jane</td>"_s << QString();
        // Handlebars
        const QVariantMap hb{{u"fname"_s, u"<Jane & \"Jo\">"_s}};
        QTest::newRow("hb escapes") << u"handlebars"_s << u"Hi {{fname}}"_s << hb << QVariantMap{}
                                    << u"Hi &lt;Jane &amp; &quot;Jo&quot;&gt;"_s << QString();
        QTest::newRow("hb raw triple-stash") << u"handlebars"_s << u"Hi {{{fname}}}"_s << hb << QVariantMap{}
                                             << u"Hi <Jane & \"Jo\">"_s << QString();
        QTest::newRow("hb case sensitive")
            << u"handlebars"_s << u"{{FNAME}}|{{fname}}"_s << QVariantMap{{u"fname"_s, u"a"_s}}
            << QVariantMap{} << u"|a"_s << QString();
        QTest::newRow("hb missing is blank")
            << u"handlebars"_s << u"[{{nope}}]"_s << hb << QVariantMap{} << u"[]"_s << QString();
        QTest::newRow("hb if else") << u"handlebars"_s << u"{{#if plan}}P {{plan}}{{else}}free{{/if}}"_s
                                    << QVariantMap{} << QVariantMap{} << u"free"_s << QString();
        QTest::newRow("hb unless") << u"handlebars"_s << u"{{#unless plan}}none{{/unless}}"_s << QVariantMap{}
                                   << QVariantMap{} << u"none"_s << QString();
        QTest::newRow("hb comment dropped") << u"handlebars"_s << u"a{{! hidden }}b"_s << QVariantMap{}
                                            << QVariantMap{} << u"ab"_s << QString();
        QTest::newRow("hb this.path")
            << u"handlebars"_s << u"{{this.fname}}"_s << QVariantMap{{u"fname"_s, u"x"_s}} << QVariantMap{}
            << u"x"_s << QString();
        QTest::newRow("hb each not previewed")
            << u"handlebars"_s << u"{{#each items}}i{{/each}}"_s << QVariantMap{} << QVariantMap{}
            << u"{{#each items}}i{{/each}}"_s << u"{{#each items}}|{{/each}}"_s;
        QTest::newRow("hb mailchimp untouched")
            << u"handlebars"_s << u"*|FNAME|* {{fname}}"_s << QVariantMap{{u"fname"_s, u"J"_s}}
            << QVariantMap{} << u"*|FNAME|* J"_s << QString();
        QTest::newRow("hb escapes = and backtick")
            << u"handlebars"_s << u"{{x}}"_s << QVariantMap{{u"x"_s, u"a=`b'"_s}} << QVariantMap{}
            << u"a&#x3D;&#x60;b&#x27;"_s << QString();
    }

    void renderMerge()
    {
        QFETCH(QString, language);
        QFETCH(QString, code);
        QFETCH(QVariantMap, values);
        QFETCH(QVariantMap, regions);
        QFETCH(QString, expected);
        QFETCH(QString, unsupported);
        MergeValues v;
        for (auto it = values.begin(); it != values.end(); ++it)
            v.insert(it.key(), it.value().toString());
        QHash<QString, QString> r;
        for (auto it = regions.begin(); it != regions.end(); ++it)
            r.insert(it.key(), it.value().toString());
        QStringList notRendered;
        QCOMPARE(hookmail::renderMerge(code, mergeLanguageFromName(language), v, r, &notRendered), expected);
        QCOMPARE(notRendered.join(u'|'), unsupported);
    }

    void systemTagsGetStandIns()
    {
        const QString out = hookmail::renderMerge(u"© *|CURRENT_YEAR|* <a href=\"*|UNSUB|*\">u</a>"_s,
                                                  MergeLanguage::Mailchimp, {});
        QCOMPARE(out, u"© %1 <a href=\"#\">u</a>"_s.arg(QDate::currentDate().year()));
    }

    void syncMapsByNameAndKeepsMappings()
    {
        TemplateEmail e;
        e.source = welcomeTemplate();
        e.mergeVars = {TemplateField{u"plan"_s, ph(u"metadata_public.plan"_s, u"Free"_s)},
                       TemplateField{u"OLD"_s, ph(u"traits.old"_s)}, TemplateField{u"GONE"_s, {}}};
        const QStringList fields{u"address"_s, u"id"_s, u"traits.name.first"_s, u"traits.email"_s};
        syncTemplateFields(e, fields);
        QCOMPARE(e.mergeVars.size(), 4);
        QCOMPARE(e.mergeVars.at(0).name, u"FNAME"_s);
        QCOMPARE(e.mergeVars.at(0).value.field, u"traits.name.first"_s); // guessed
        QCOMPARE(e.mergeVars.at(1).name, u"PLAN"_s); // kept, renamed to the template's case
        QCOMPARE(e.mergeVars.at(1).value, ph(u"metadata_public.plan"_s, u"Free"_s));
        QCOMPARE(e.mergeVars.at(2).name, u"COMPANY"_s);
        QVERIFY(!e.mergeVars.at(2).mapped());
        QCOMPARE(e.mergeVars.at(3).name, u"OLD"_s); // mapped but no longer used: kept (a finding)
        QCOMPARE(e.regions, (QList<TemplateField>{TemplateField{u"intro"_s, {}}}));
    }

    void projectFormatVersion3RoundTrip()
    {
        Project project = defaultProject();
        Action action = newAction(u"From Mandrill"_s);
        action.mode = EditMode::Template;
        action.mandrillTemplate = welcomeEmail();
        action.mandrillTemplate.envelope.subject = {
            Inline{u"Hi "_s, {}, false, false, {}},
            Inline{{}, ph(u"traits.name.first"_s, u"you"_s), false, false, {}}};
        regenerateTemplate(action, project.theme);
        QVERIFY(action.url.endsWith(u"/messages/send-template"_s));
        QVERIFY(action.templateSource.contains(u"template_name: 'welcome-2026'"_s));
        project.actions << action;
        const QJsonObject json = projectToJson(project);
        QCOMPARE(json.value(u"version"_s).toInt(), 3);
        const QJsonObject saved = json.value(u"actions"_s).toArray().last().toObject();
        QCOMPARE(saved.value(u"mode"_s).toString(), u"template"_s);
        QCOMPARE(saved[u"mandrillTemplate"_s][u"template"_s][u"slug"_s].toString(), u"welcome-2026"_s);
        QCOMPARE(saved[u"mandrillTemplate"_s][u"mergeVars"_s][0][u"field"_s].toString(),
                 u"traits.name.first"_s);
        const auto back = projectFromJson(json);
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back->actions.last(), action);
        QCOMPARE(back.value(), project);
    }

    void versionTwoFileMigrates()
    {
        // A v2 file (what main wrote before this change) opens unchanged and is saved as v3.
        QFile file(
            QStringLiteral(HOOKMAIL_SOURCE_DIR "/tests/fuzz/corpus/projectfile/design-v2-default.hookmail"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject v2 = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(v2.value(u"version"_s).toInt(), 2);
        const auto loaded = projectFromJson(v2);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
        QVERIFY(!loaded->actions.isEmpty());
        for (const Action &a : loaded->actions) {
            QVERIFY(a.mode != EditMode::Template);
            QCOMPARE(a.mandrillTemplate, TemplateEmail{});
        }
        const QJsonObject v3 = projectToJson(loaded.value());
        QCOMPARE(v3.value(u"version"_s).toInt(), 3);
        QVERIFY(!v3.value(u"actions"_s)[0].toObject().contains(u"mandrillTemplate"_s));
        QCOMPARE(projectFromJson(v3).value(), loaded.value());

        // "template" is not a mode a v2 file can have; a v3 template action must name its template.
        QJsonObject bad = v2;
        QJsonArray actions = bad.value(u"actions"_s).toArray();
        QJsonObject first = actions.at(0).toObject();
        first.insert(u"mode"_s, u"template"_s);
        actions[0] = first;
        bad.insert(u"actions"_s, actions);
        QVERIFY(projectFromJson(bad).error().message.contains(u"must be \"design\" or \"code\""_s));
        bad.insert(u"version"_s, 3);
        QVERIFY2(projectFromJson(bad).error().message.contains(u"mandrillTemplate"_s),
                 qPrintable(projectFromJson(bad).error().message));
        // A broken mapping names its field.
        first.insert(
            u"mandrillTemplate"_s,
            QJsonObject{{u"template"_s, QJsonObject{{u"slug"_s, u"x"_s}}},
                        {u"mergeLanguage"_s, u"mailchimp"_s},
                        {u"mergeVars"_s, QJsonArray{QJsonObject{{u"name"_s, u"A"_s}, {u"field"_s, 3}}}}});
        actions[0] = first;
        bad.insert(u"actions"_s, actions);
        QVERIFY2(projectFromJson(bad).error().message.contains(u"mandrillTemplate.mergeVars[0].field"_s),
                 qPrintable(projectFromJson(bad).error().message));
    }

    void generatedJsonnetIsOrySafeAndSmall()
    {
        const TemplateEmail e = welcomeEmail();
        const QString source = TemplateGenerator::jsonnet(e);
        // Nothing unchecked: every identity access goes through at().
        QVERIFY(!source.contains(u"ctx.identity.traits"_s));
        QVERIFY(!source.contains(u"import"_s));
        QVERIFY(!source.contains(u" key:"_s)); // no secret in the editable template
        // Far below Ory's 64 KiB, even for a huge template (the template stays in Mandrill).
        TemplateEmail huge = e;
        huge.source.publishCode += QString(300 * 1024, u'x');
        const QString hugeSource = TemplateGenerator::jsonnet(huge);
        QCOMPARE(hugeSource.size(), source.size());
        QVERIFY2(source.toUtf8().size() < 8 * 1024, qPrintable(QString::number(source.toUtf8().size())));
        Action action;
        action.templateSource = hugeSource;
        const QByteArray ctx =
            QJsonDocument(QJsonObject{{u"identity"_s, findIdentityPreset(u"default"_s)->identity}})
                .toJson(QJsonDocument::Compact);
        const qsizetype input = oryInputSizeFor(action, ctx);
        QVERIFY2(input < limits::maxInputBytes / 4, qPrintable(QString::number(input)));
    }

    void generatedBodyForEveryPreset()
    {
        TemplateEmail e = welcomeEmail();
        e.envelope.fallbackRecipient.clear();
        const QString source = TemplateGenerator::jsonnet(e);
        int sent = 0, skipped = 0;
        for (const IdentityPreset &preset : identityPresets()) {
            QString error;
            const QJsonObject body = evaluate(source, preset.identity, &error);
            if (!error.isEmpty()) {
                // No address at all (the social sign-up without email): the hook is skipped.
                QVERIFY2(error.contains(u"cancel"_s), qPrintable(preset.name + u": "_s + error));
                QCOMPARE(preset.name, u"oidc-no-email"_s);
                ++skipped;
                continue;
            }
            ++sent;
            QCOMPARE(body.value(u"template_name"_s).toString(), u"welcome-2026"_s);
            const QJsonObject message = body.value(u"message"_s).toObject();
            QCOMPARE(message.value(u"merge_language"_s).toString(), u"mailchimp"_s);
            QVERIFY(!message.contains(u"html"_s));
            QVERIFY(!message.contains(u"subject"_s)); // the template's default
            QCOMPARE(message.value(u"tags"_s).toArray(), QJsonArray{u"welcome"_s});
            // The Jsonnet computes exactly what mergeValuesFor says (used by the checks without the worker).
            const MergeValues expected = TemplateGenerator::mergeValuesFor(e, preset.identity);
            MergeValues got;
            for (const QJsonValue &v : message.value(u"global_merge_vars"_s).toArray())
                got.insert(v[u"name"_s].toString(), v[u"content"_s].toString());
            QCOMPARE(got, expected);
            QVERIFY(!got.value(u"FNAME"_s).isEmpty()); // a value or the fallback
            // The local preview of that body.
            const TemplatePreview preview = TemplateGenerator::preview(e, body);
            QVERIFY(preview.html.contains(u"<h1>Hi "_s + got.value(u"FNAME"_s) + u"!</h1>"_s));
            QCOMPARE(preview.subject, u"Welcome, "_s + got.value(u"FNAME"_s));
            QCOMPARE(preview.fromEmail, u"hello@example.com"_s);
            QVERIFY(!preview.html.contains(u"*|"_s));
        }
        QVERIFY(sent >= 4);
        QCOMPARE(skipped, 1);

        // With a fallback address the social sign-up without email is sent there, with fallbacks.
        e.envelope.fallbackRecipient = u"team@example.com"_s;
        const QJsonObject body =
            evaluate(TemplateGenerator::jsonnet(e), findIdentityPreset(u"oidc-no-email"_s)->identity);
        QCOMPARE(body[u"message"_s][u"to"_s][0][u"email"_s].toString(), u"team@example.com"_s);
    }

    void mailchimpValuesAreEscapedInHtml()
    {
        TemplateEmail e = welcomeEmail();
        QJsonObject identity = findIdentityPreset(u"default"_s)->identity;
        QJsonObject traits = identity.value(u"traits"_s).toObject();
        QJsonObject name = traits.value(u"name"_s).toObject();
        name.insert(u"first"_s, u"<script>x</script> & 'Jo'"_s);
        name.insert(u"last"_s, u"<i>Doe</i>"_s);
        traits.insert(u"name"_s, name);
        identity.insert(u"traits"_s, traits);
        const QJsonObject body = evaluate(TemplateGenerator::jsonnet(e), identity);
        const TemplatePreview preview = TemplateGenerator::preview(e, body);
        QVERIFY(!preview.html.contains(u"<script>"_s));
        QVERIFY(preview.html.contains(u"&lt;script&gt;x&lt;/script&gt; &amp; &#39;Jo&#39;"_s));
        // The region is HTML: the value escaped too.
        QVERIFY2(preview.html.contains(u"<div mc:edit=\"intro\">&lt;i&gt;Doe&lt;/i&gt;</div>"_s),
                 qPrintable(preview.html));
        // Handlebars: raw values; Mandrill's {{x}} escapes.
        TemplateEmail hb;
        hb.source = handlebarsTemplate();
        hb.mergeLanguage = MergeLanguage::Handlebars;
        hb.mergeVars = {TemplateField{u"fname"_s, ph(u"traits.name.first"_s)},
                        TemplateField{u"signature"_s, ph({}, u"<b>The team</b>"_s)}};
        const QJsonObject hbBody = evaluate(TemplateGenerator::jsonnet(hb), identity);
        QCOMPARE(hbBody[u"message"_s][u"global_merge_vars"_s][0][u"content"_s].toString(),
                 u"<script>x</script> & 'Jo'"_s);
        const TemplatePreview hbPreview = TemplateGenerator::preview(hb, hbBody);
        QVERIFY(hbPreview.html.contains(u"<h1>Hi &lt;script&gt;"_s));
        QVERIFY(hbPreview.html.contains(u"<p><b>The team</b></p><p>Free</p>"_s));
        QCOMPARE(hbPreview.fromEmail, u"hb@example.com"_s);
    }

    void workerEvaluatesItAndPreviewIsLocalRender()
    {
        QVERIFY2(!TemplateEvaluator::locateWorker().isEmpty(), "hookmail-worker not found");
        TemplateEvaluator evaluator(1);
        RenderService renderer(&evaluator);
        Action action = newAction(u"Template email"_s);
        action.mode = EditMode::Template;
        action.mandrillTemplate = welcomeEmail();
        regenerateTemplate(action, Theme{});
        for (const QString &preset : {u"default"_s, u"oidc-no-email"_s, u"unicode-long-name"_s}) {
            RenderRequest request;
            request.action = action;
            request.point = *HookPoint::parse(u"registration/after/password"_s);
            request.identity = findIdentityPreset(preset)->identity;
            const RenderOutcome outcome = renderer.renderAndWait(request);
            if (preset == u"oidc-no-email") {
                QCOMPARE(outcome.evaluation.error.kind, EvaluationError::Kind::Cancelled);
                continue;
            }
            QVERIFY2(outcome.evaluation.ok, qPrintable(outcome.evaluation.error.message));
            QVERIFY(outcome.email.localTemplateRender);
            QVERIFY(outcome.email.html.contains(u"<h1>Hi "_s));
            QVERIFY(!outcome.email.html.contains(u"*|FNAME|*"_s));
            QVERIFY(outcome.email.subject.startsWith(u"Welcome, "_s));
            QVERIFY(outcome.inputSize < limits::maxInputBytes / 4);
            // The checks accept the body (send-template is not messages/send, but shares its message).
            const QList<Finding> findings = ActionChecker::findingsFor(action, outcome, preset);
            QVERIFY2(!ActionChecker::hasErrors(findings),
                     qPrintable(findings.isEmpty() ? QString() : findings.first().message));
        }
    }

    void checksOfTheTemplateAndMapping()
    {
        auto codes = [](const QList<TemplateFinding> &findings) {
            QStringList out;
            for (const TemplateFinding &f : findings)
                out << f.code;
            return out;
        };
        TemplateEmail e = welcomeEmail();
        QCOMPARE(codes(templateStaticFindings(e)), QStringList{}); // published, all mapped, one language
        // Draft-only.
        e.source.publishedAt.clear();
        QVERIFY(codes(templateStaticFindings(e)).contains(u"template-draft-only"_s));
        e = welcomeEmail();
        e.source.code += u"<p>new</p>"_s;
        QCOMPARE(codes(templateStaticFindings(e)), QStringList{u"template-draft-differs"_s});
        // Merge language does not match the tags found.
        e = welcomeEmail();
        e.mergeLanguage = MergeLanguage::Handlebars;
        const QList<TemplateFinding> wrongLanguage = templateStaticFindings(e);
        QVERIFY(codes(wrongLanguage).contains(u"merge-language"_s));
        QCOMPARE(wrongLanguage.first().severity, TemplateFinding::Severity::Error);
        QVERIFY(wrongLanguage.first().message.contains(u"*|FNAME|*"_s));
        // A tag no field fills, and a mapping the template does not use.
        e = welcomeEmail();
        e.mergeVars[2].value = {};
        e.mergeVars << TemplateField{u"COUPON"_s, ph({}, u"X1"_s)};
        const QStringList found = codes(templateStaticFindings(e));
        QVERIFY(found.contains(u"unmapped-tag"_s));
        QVERIFY(found.contains(u"unused-mapping"_s));
        // No sender anywhere.
        e = welcomeEmail();
        e.source.publishFromEmail.clear();
        QVERIFY(codes(templateStaticFindings(e)).contains(u"template-no-sender"_s));
        e.envelope.fromEmail = u"me@example.com"_s;
        QVERIFY(!codes(templateStaticFindings(e)).contains(u"template-no-sender"_s));
        // Per person: a tag without value and without fallback is blank for that person.
        e = welcomeEmail();
        e.envelope.fallbackRecipient = u"team@example.com"_s;
        for (const IdentityPreset &preset : identityPresets()) {
            const QJsonObject body = evaluate(TemplateGenerator::jsonnet(e), preset.identity);
            QVERIFY2(!body.isEmpty(), qPrintable(preset.name));
            const QStringList perPerson = codes(templateBodyFindings(e, body));
            // COMPANY has no fallback and no sample has traits.company.
            QVERIFY2(perPerson.contains(u"empty-tag"_s), qPrintable(preset.name));
        }
        e.mergeVars[2].value.fallback = u"your team"_s;
        for (const IdentityPreset &preset : identityPresets()) {
            const QJsonObject body = evaluate(TemplateGenerator::jsonnet(e), preset.identity);
            QCOMPARE(codes(templateBodyFindings(e, body)), QStringList{});
        }
        // Constructs the preview does not render are named.
        e.source.publishCode += u"{{#each items}}{{/each}}"_s;
        QVERIFY(codes(templateStaticFindings(e)).contains(u"template-not-previewed"_s));
    }

    // Moving the designed email into Mandrill: the uploaded code, sent with the generated send-template body,
    // renders exactly what the designer renders for each person.
    void designedEmailMovesIntoMandrill()
    {
        EmailDesign design = defaultWelcomeDesign();
        design.envelope.fromEmail = u"hello@example.com"_s;
        Theme theme;
        theme.logoUrl = u"https://example.com/logo.png"_s;
        const DesignUpload up = designToTemplate(design, theme, u"Welcome (from Hookmail)"_s);
        QVERIFY(up.code.contains(u"*|FNAME|*"_s));
        QVERIFY(!up.code.contains(u"{{"_s));
        QCOMPARE(up.email.mergeLanguage, MergeLanguage::Mailchimp);
        QVERIFY(!up.email.mergeVars.isEmpty());
        QCOMPARE(up.email.mergeVars.first().name, u"FNAME"_s);
        QVERIFY(!up.email.mergeVars.first().value.fallback.isEmpty()); // the designer's fallback moves along
        const QJsonObject add = templateAddBody(up);
        QCOMPARE(add.value(u"publish"_s).toBool(true), false); // publishing is a separate, explicit step
        QCOMPARE(add.value(u"name"_s).toString(), u"Welcome (from Hookmail)"_s);

        // Once published, the template email renders what the design rendered, for every person with an
        // address.
        TemplateEmail email = up.email;
        email.source.publishCode = up.code;
        email.source.publishText = up.text;
        email.source.publishSubject = up.subject;
        email.source.publishFromEmail = up.fromEmail;
        email.source.publishFromName = up.fromName;
        email.source.publishedAt = u"2026-12-04 17:00:00"_s;
        const QList<TemplateFinding> findings = templateStaticFindings(email);
        QVERIFY2(findings.isEmpty(), qPrintable(findings.isEmpty() ? QString() : findings.first().message));
        const QString source = TemplateGenerator::jsonnet(email);
        for (const QString &preset : {u"default"_s, u"verified"_s, u"german-locale"_s}) {
            const QJsonObject identity = findIdentityPreset(preset)->identity;
            const QJsonObject body = evaluate(source, identity);
            QVERIFY2(!body.isEmpty(), qPrintable(preset));
            const TemplatePreview preview = TemplateGenerator::preview(email, body);
            const PlaceholderValues values = DesignGenerator::valuesFor(design, identity);
            QCOMPARE(preview.html, DesignGenerator::html(design, theme, values));
            QCOMPARE(preview.subject, DesignGenerator::inlineText(design.envelope.subject, values));
        }
    }

    void parsersReadTheApiShapes()
    {
        const QByteArray list =
            R"([{"slug":"a","name":"Alpha","labels":["x"],"code":"<p>d</p>","subject":null,
            "from_email":null,"from_name":null,"text":null,"publish_name":"Alpha","publish_code":"<p>p</p>",
            "publish_subject":null,"publish_from_email":null,"publish_from_name":null,"publish_text":null,
            "published_at":"2026-01-01 00:00:00","created_at":"x","updated_at":"y","draft_updated_at":"z",
            "is_broken_template":false},
            {"slug":"b","name":"Beta","labels":[],"code":"<p>d</p>","publish_code":null,"published_at":null}])";
        const auto parsed = parseTemplateList(list);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(parsed->size(), 2);
        QVERIFY(parsed->at(0).isPublished());
        QVERIFY(parsed->at(0).draftDiffers());
        QVERIFY(!parsed->at(1).isPublished());                       // draft only
        QCOMPARE(filterTemplates(parsed.value(), u"X"_s).size(), 1); // by label
        QCOMPARE(filterTemplates(parsed.value(), u"bet"_s).at(0).slug, u"b"_s);
        const auto mc = parseTemplateList(R"([{"mc_template_id":12345,"mc_template_name":"Welcome Email",
            "labels":[],"code":"<div>W</div>","subject":"S","from_email":"a@b.c","from_name":"N","text":"t",
            "publish_code":"<div>W</div>","publish_text":"t","published_at":"2025-08-29 18:47:40",
            "created_at":"c","updated_at":"u","draft_updated_at":"d","is_broken_template":false}])");
        QVERIFY2(mc.ok(), qPrintable(mc.error().message));
        QVERIFY(mc->at(0).isMailchimp());
        QCOMPARE(mc->at(0).displayName(), u"Welcome Email"_s);
        QCOMPARE(mc->at(0).publishSubject, u"S"_s);
        QVERIFY(!parseTemplateList("{}").ok());
        QVERIFY(!parseTemplateList("<html>").ok());
        QCOMPARE(parseRenderedHtml(R"({"html":"<p>x</p>"})").value(), u"<p>x</p>"_s);
        QVERIFY(!parseRenderedHtml("{}").ok());
    }

    void compareRendersListsDifferences()
    {
        const auto same = compareRenders(u"<p>a</p>\n  <p>b</p>"_s, u"<p>a</p><p>b</p>"_s);
        QVERIFY(same.isEmpty());
        const auto diff = compareRenders(u"<p>Hi Jane</p><p>x</p>"_s, u"<p>Hi {{fname}}</p><p>x</p>"_s);
        QCOMPARE(diff.size(), 1);
        QCOMPARE(diff.at(0).line, 1);
        QCOMPARE(diff.at(0).mandrill, u"<p>Hi {{fname}}</p>"_s);
    }
};

QTEST_GUILESS_MAIN(TestMTemplates)
#include "tst_mtemplates.moc"
