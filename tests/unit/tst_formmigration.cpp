// Version-1 projects: the email form they stored ("mode": "form") is read and becomes a design holding its
// texts (FormMigration). The whole-file path is in tst_project (versionOneFormBecomesDesign).
#include "core/design/DesignGenerator.h"
#include "core/design/DesignText.h"
#include "core/model/FormMigration.h"

#include <QJsonDocument>
#include <QTest>

using namespace hookmail;
using namespace Qt::StringLiterals;

class TestFormMigration : public QObject
{
    Q_OBJECT
private slots:
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
        const auto form = formFromJson(QJsonDocument::fromJson(json).object(), u"f"_s);
        QCOMPARE(form.ok(), error.isEmpty());
        if (!error.isEmpty())
            QVERIFY2(form.error().message.contains(error), qPrintable(form.error().message));
        else
            QCOMPARE(form.value(), EmailForm{});
    }

    void envelopeAndPlaceholders()
    {
        EmailForm form;
        form.fromEmail = u"a@example.com"_s;
        form.fromName = u"{{identity.traits.company}} team"_s;
        form.subject = u"Hi {{ traits.name.first }} ({{id}})"_s;
        form.recipientNameTemplate = u"{{traits.name.first}} {{traits.name.last}}"_s;
        form.tags = {u"t1"_s};
        form.replyTo = u"r@example.com"_s;
        form.fallbackRecipient = u"f@example.com"_s;
        form.recipientSources = {u"address"_s};
        const EmailDesign d = designFromForm(form);
        QCOMPARE(d.envelope.fromEmail, form.fromEmail);
        QCOMPARE(inlineTextForDisplay(d.envelope.fromName), u"[Company] team"_s);
        QCOMPARE(inlineTextForDisplay(d.envelope.subject), u"Hi [First name] ([Account ID])"_s);
        QCOMPARE(inlineTextToTemplate(d.envelope.recipientName), form.recipientNameTemplate);
        QCOMPARE(d.envelope.tags, form.tags);
        QCOMPARE(d.envelope.replyTo, form.replyTo);
        QCOMPARE(d.envelope.fallbackRecipient, form.fallbackRecipient);
        QCOMPARE(d.envelope.recipientSources, form.recipientSources);
        // No bodies: no blocks, and the text is derived (from nothing).
        QVERIFY(d.blocks.isEmpty());
        QVERIFY(!d.plainTextOverride.has_value());
        const PlaceholderValues values{{u"traits.name.first"_s, u"Ann"_s}, {u"id"_s, u"i-1"_s}};
        QCOMPARE(DesignGenerator::inlineText(d.envelope.subject, values), u"Hi Ann (i-1)"_s);
    }

    void bodiesBecomeBlockAndOverride_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("block"); // empty → no block
        QTest::newRow("fragment") << u"<p>Hi {{traits.name.first}}</p>\n"_s
                                  << u"<p>Hi {{traits.name.first}}</p>"_s;
        QTest::newRow("whole document")
            << u"<!DOCTYPE html>\n<html><head><title>x</title></head><BODY style=\"a\">\n<p>In</p>\n</body></html>"_s
            << u"<p>In</p>"_s;
        QTest::newRow("empty") << u"  \n"_s << QString();
    }
    void bodiesBecomeBlockAndOverride()
    {
        QFETCH(QString, html);
        QFETCH(QString, block);
        EmailForm form;
        form.html = html;
        form.text = u"Line one\nline two\n\n\nSecond {{address}}\n"_s;
        const EmailDesign d = designFromForm(form);
        if (block.isEmpty()) {
            QVERIFY(d.blocks.isEmpty());
        } else {
            QCOMPARE(d.blocks.size(), 1);
            QCOMPARE(d.blocks.first().kind, BlockKind::CustomHtml);
            QCOMPARE(d.blocks.first().html, block);
        }
        QVERIFY(d.plainTextOverride.has_value());
        QCOMPARE(DesignGenerator::plainText(d, {{u"address"_s, u"x@example.com"_s}}),
                 u"Line one\nline two\n\nSecond x@example.com\n"_s);
    }
};

QTEST_GUILESS_MAIN(TestFormMigration)
#include "tst_formmigration.moc"
