// SampleContextPane: inline JSON errors at the right line/column, the traits form generated from the
// identity and kept in sync with the JSON, presets, hook point picker and the matrix.
#include "project/SampleContextPane.h"

#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace hookmail;

namespace {
QJsonObject ada()
{
    return QJsonDocument::fromJson(
               R"({"id":"1","traits":{"email":"ada@example.org","name":{"first":"Ada","last":"Lovelace"},
        "newsletter":true,"age":36},"verifiable_addresses":[{"value":"ada@example.org","verified":true}]})")
        .object();
}
} // namespace

class TestSampleContextPane : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void jsonErrorLineColumn_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("words");
        QTest::newRow("missing comma") << QStringLiteral("{\n  \"a\": 1\n  \"b\": 2\n}") << 3 << 3
                                       << QStringLiteral(", between two entries");
        QTest::newRow("missing colon")
            << QStringLiteral("{\n\"a\" 1}") << 2 << 5 << QStringLiteral(": is missing");
        QTest::newRow("unquoted text")
            << QStringLiteral("{\"a\": hello}") << 1 << 7 << QStringLiteral("double quotes");
        QTest::newRow("unicode before")
            << QStringLiteral("{\"n\": \"Zoë\",\n \"b\": x}") << 2 << 7 << QStringLiteral("double quotes");
        QTest::newRow("not an object")
            << QStringLiteral("[1]") << 1 << 1 << QStringLiteral("must be an object");
    }
    void jsonErrorLineColumn()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, words);
        SampleContextPane pane;
        pane.setIdentity(ada());
        QSignalSpy edited(&pane, &SampleContextPane::identityEdited);
        auto *json = pane.findChild<QPlainTextEdit *>(QStringLiteral("identityJsonEdit"));
        json->setPlainText(text);
        const QString error = pane.jsonErrorText();
        QVERIFY2(error.startsWith(QStringLiteral("Line %1, column %2").arg(line).arg(column)) ||
                     (words.contains(QStringLiteral("object")) && error.contains(words)),
                 qPrintable(error));
        QVERIFY2(error.contains(words), qPrintable(error));
        QCOMPARE(edited.size(), 0);
        QCOMPARE(pane.identity(), ada()); // the last valid identity is kept
        const auto selections = json->extraSelections();
        QCOMPARE(selections.size(), 1);
        QCOMPARE(selections.first().cursor.blockNumber(), line - 1);
        QCOMPARE(selections.first().format.underlineStyle(), QTextCharFormat::WaveUnderline);

        // Fixing the JSON clears the error and applies it.
        json->setPlainText(QStringLiteral("{\"traits\": {\"email\": \"x@example.org\"}}"));
        QVERIFY(pane.jsonErrorText().isEmpty());
        QCOMPARE(edited.size(), 1);
        QCOMPARE(pane.identity().value(u"traits").toObject().value(u"email").toString(),
                 QStringLiteral("x@example.org"));
        QVERIFY(json->extraSelections().isEmpty());
    }

    void traitsFormEditsIdentity()
    {
        SampleContextPane pane;
        pane.setIdentity(ada());
        auto *first = pane.findChild<QLineEdit *>(QStringLiteral("traits.name.first"));
        QVERIFY(first);
        QCOMPARE(first->text(), QStringLiteral("Ada"));
        QVERIFY(pane.findChild<QGroupBox *>(QStringLiteral("traits.name")));
        QVERIFY(pane.findChild<QLabel *>(QStringLiteral("addressSummaryLabel"))
                    ->text()
                    .contains(QStringLiteral("(verified)")));

        QSignalSpy edited(&pane, &SampleContextPane::identityEdited);
        first->selectAll();
        QTest::keyClicks(first, QStringLiteral("Grace"));
        QVERIFY(!edited.isEmpty());
        const QJsonObject identity = edited.last().first().toJsonObject();
        QCOMPARE(identity.value(u"traits").toObject().value(u"name").toObject().value(u"first").toString(),
                 QStringLiteral("Grace"));
        QCOMPARE(identity.value(u"traits").toObject().value(u"name").toObject().value(u"last").toString(),
                 QStringLiteral("Lovelace"));
        QVERIFY(pane.findChild<QPlainTextEdit *>(QStringLiteral("identityJsonEdit"))
                    ->toPlainText()
                    .contains(QStringLiteral("Grace")));

        auto *age = pane.findChild<QLineEdit *>(QStringLiteral("traits.age"));
        age->selectAll();
        QTest::keyClicks(age, QStringLiteral("37"));
        QCOMPARE(pane.identity().value(u"traits").toObject().value(u"age").toDouble(),
                 37.0); // stays a number
    }

    void presetsAndHookPoints()
    {
        SampleContextPane pane;
        IdentityPreset a{QStringLiteral("default"),
                         QStringLiteral("Ada (password sign-up)"),
                         QStringLiteral("d1"),
                         ada(),
                         {}};
        IdentityPreset b{QStringLiteral("oidc-no-email"),
                         QStringLiteral("GitHub without email"),
                         QStringLiteral("no address"),
                         QJsonObject{{QStringLiteral("traits"), QJsonObject{}}},
                         {}};
        pane.setPresets({a, b});
        pane.setCurrentPreset(QStringLiteral("default"));
        pane.setIdentity(a.identity);
        QSignalSpy chosen(&pane, &SampleContextPane::presetChosen);
        auto *combo = pane.findChild<QComboBox *>(QStringLiteral("presetComboBox"));
        combo->setCurrentIndex(1);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().first().toString(), QStringLiteral("oidc-no-email"));
        QCOMPARE(pane.identity(), b.identity);
        QVERIFY(pane.findChild<QLabel *>(QStringLiteral("addressSummaryLabel"))
                    ->text()
                    .startsWith(QStringLiteral("No email address")));

        QSignalSpy point(&pane, &SampleContextPane::hookPointChanged);
        auto *points = pane.findChild<QComboBox *>(QStringLiteral("hookPointComboBox"));
        QCOMPARE(points->count(), int(HookPoint::all().size()));
        const int oidc = points->findData(QStringLiteral("registration/after/oidc"));
        QVERIFY(oidc >= 0);
        QCOMPARE(points->itemText(oidc),
                 HookPoint::parse(QStringLiteral("registration/after/oidc"))->plainName());
        points->setCurrentIndex(oidc);
        QCOMPARE(point.size(), 1);
        QCOMPARE(pane.hookPoint().toString(), QStringLiteral("registration/after/oidc"));
        pane.setHookPoint(*HookPoint::parse(QStringLiteral("login/after/password"))); // no echo
        QCOMPARE(point.size(), 1);
        QCOMPARE(pane.hookPoint().toString(), QStringLiteral("login/after/password"));
    }

    // The transient payload is greyed out, with a one-line reason, where Ory drops it (issue 17 §1).
    void transientPayloadGreyedWhereOryDropsIt_data()
    {
        QTest::addColumn<QString>("hookPoint");
        QTest::addColumn<bool>("enabled");
        QTest::newRow("sign-up with password") << QStringLiteral("registration/after/password") << true;
        QTest::newRow("sign-in with totp") << QStringLiteral("login/after/totp") << true;
        QTest::newRow("sign-in with passkey") << QStringLiteral("login/after/passkey") << false;
        QTest::newRow("sign-in with backup code") << QStringLiteral("login/after/lookup_secret") << false;
        QTest::newRow("profile change") << QStringLiteral("settings/after/profile") << false;
        QTest::newRow("social link in settings") << QStringLiteral("settings/after/oidc") << true;
        QTest::newRow("before sign-up") << QStringLiteral("registration/before") << false;
        QTest::newRow("verification") << QStringLiteral("verification/after") << true;
        // Ory's SAML code is closed: Hookmail cannot confirm the payload is there, so it is greyed out.
        QTest::newRow("SAML sign-up") << QStringLiteral("registration/after/saml") << false;
        QTest::newRow("SAML sign-in") << QStringLiteral("login/after/saml") << false;
    }
    void transientPayloadGreyedWhereOryDropsIt()
    {
        QFETCH(QString, hookPoint);
        QFETCH(bool, enabled);
        SampleContextPane pane;
        pane.show();
        auto *edit = pane.findChild<QPlainTextEdit *>(QStringLiteral("transientPayloadEdit"));
        auto *reason = pane.findChild<QLabel *>(QStringLiteral("transientPayloadReasonLabel"));
        QVERIFY(edit && reason);
        // Through the picker, as a person would choose it, and set from outside.
        auto *points = pane.findChild<QComboBox *>(QStringLiteral("hookPointComboBox"));
        points->setCurrentIndex(points->findData(hookPoint));
        QCOMPARE(pane.hookPoint().toString(), hookPoint);
        QCOMPARE(edit->isEnabled(), enabled);
        // SAML exists only in a browser on Ory Network: the one moment is shown, nothing else is offered.
        auto *variants = pane.findChild<QComboBox *>(QStringLiteral("sampleVariantComboBox"));
        const bool saml = hookPoint.endsWith(u"/saml");
        QCOMPARE(variants->isEnabled(), !saml);
        if (saml) {
            QCOMPARE(variants->count(), 1);
            QCOMPARE(variants->currentData().toString(), QStringLiteral("standard"));
        }
        QCOMPARE(reason->isVisible(), !enabled);
        if (!enabled) {
            QVERIFY(!reason->text().isEmpty());
            QVERIFY(!reason->text().contains(u'\n'));
            QCOMPARE(reason->text(), transientPayloadAvailability(pane.hookPoint()).reason);
        }
        pane.setHookPoint(*HookPoint::parse(enabled ? QStringLiteral("login/after/passkey")
                                                    : QStringLiteral("registration/after/password")));
        QCOMPARE(edit->isEnabled(), !enabled);
        QCOMPARE(reason->isVisible(), enabled);
    }

    void transientPayloadEdits()
    {
        SampleContextPane pane;
        pane.setHookPoint(*HookPoint::parse(QStringLiteral("registration/after/password")));
        const QJsonObject plan{{QStringLiteral("plan"), QStringLiteral("pro")}};
        pane.setTransientPayload(plan);
        auto *edit = pane.findChild<QPlainTextEdit *>(QStringLiteral("transientPayloadEdit"));
        QCOMPARE(QJsonDocument::fromJson(edit->toPlainText().toUtf8()).object(), plan);
        QSignalSpy edited(&pane, &SampleContextPane::transientPayloadEdited);
        edit->setPlainText(QStringLiteral("{\"plan\": \"team\",\n \"seats\": 5}"));
        QCOMPARE(edited.size(), 1);
        QCOMPARE(pane.transientPayload().value(u"seats").toInt(), 5);
        // Broken JSON: said where, nothing sent, the last good payload kept.
        edit->setPlainText(QStringLiteral("{\"plan\": team}"));
        QVERIFY2(pane.transientPayloadErrorText().startsWith(QStringLiteral("Line 1, column")),
                 qPrintable(pane.transientPayloadErrorText()));
        QCOMPARE(edited.size(), 1);
        QCOMPARE(pane.transientPayload().value(u"plan").toString(), QStringLiteral("team"));
        edit->setPlainText(QStringLiteral("[1]"));
        QVERIFY(pane.transientPayloadErrorText().contains(QStringLiteral("object")));
        // Empty means "no payload".
        edit->clear();
        QVERIFY(pane.transientPayloadErrorText().isEmpty());
        QCOMPARE(edited.size(), 2);
        QVERIFY(pane.transientPayload().isEmpty());
    }

    void variantsPerHookPoint()
    {
        SampleContextPane pane;
        auto *variants = pane.findChild<QComboBox *>(QStringLiteral("sampleVariantComboBox"));
        QVERIFY(variants);
        QSignalSpy changed(&pane, &SampleContextPane::sampleVariantChanged);
        pane.setHookPoint(*HookPoint::parse(QStringLiteral("registration/after/oidc")));
        QCOMPARE(variants->count(), int(sampleVariantsFor(pane.hookPoint()).size()));
        const int social = variants->findData(sampleVariantKey(SampleVariant::SocialFromSignIn));
        QVERIFY(social >= 0);
        QVERIFY(variants->findData(sampleVariantKey(SampleVariant::NativeApp)) < 0);
        variants->setCurrentIndex(social);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().value<SampleVariant>(), SampleVariant::SocialFromSignIn);
        QCOMPARE(pane.sampleVariant(), SampleVariant::SocialFromSignIn);
        // Where the variant does not exist, the standard one is shown, without a signal; back again, the
        // chosen one returns.
        pane.setHookPoint(*HookPoint::parse(QStringLiteral("login/after/password")));
        QCOMPARE(variants->currentData().toString(), sampleVariantKey(SampleVariant::Standard));
        QVERIFY(variants->findData(sampleVariantKey(SampleVariant::NativeApp)) >= 0);
        pane.setHookPoint(*HookPoint::parse(QStringLiteral("registration/after/oidc")));
        QCOMPARE(variants->currentData().toString(), sampleVariantKey(SampleVariant::SocialFromSignIn));
        QCOMPARE(changed.size(), 1);
    }

    void checkAllMatrix()
    {
        SampleContextPane pane;
        QSignalSpy requested(&pane, &SampleContextPane::checkAllRequested);
        QTest::mouseClick(pane.findChild<QPushButton *>(QStringLiteral("checkAllButton")), Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        auto *table = pane.findChild<QTableWidget *>(QStringLiteral("matrixTable"));
        pane.setMatrix({{*HookPoint::parse(QStringLiteral("registration/after/password")), true, {}},
                        {*HookPoint::parse(QStringLiteral("registration/after/oidc")), false,
                         QStringLiteral("Field does not exist: verifiable_addresses")}});
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Works"));
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("Fails"));
        QCOMPARE(table->item(1, 2)->text(), QStringLiteral("Field does not exist: verifiable_addresses"));
    }

    // Issue 17: the request headers Ory passes, where the list came from, reading a kratos.yml, and the
    // warning for a list that forwards the session.
    void requestHeaderAllowlist()
    {
        SampleContextPane pane;
        auto *summary = pane.findChild<QLabel *>(QStringLiteral("headerAllowlistSummary"));
        auto *warning = pane.findChild<QLabel *>(QStringLiteral("headerAllowlistWarning"));
        auto *useDefault = pane.findChild<QPushButton *>(QStringLiteral("defaultHeadersButton"));
        QVERIFY(summary && warning && useDefault);
        QVERIFY(summary->text().contains(QStringLiteral("default")));
        QVERIFY(summary->text().contains(QStringLiteral("17 headers")));
        QVERIFY(summary->toolTip().contains(QStringLiteral("User-Agent")));
        QVERIFY(warning->isHidden());
        QVERIFY(!useDefault->isEnabled());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kratos.yml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("clients:\n  web_hook:\n    header_allowlist: [User-Agent, Cookie]\n");
        f.close();
        QSignalSpy edited(&pane, &SampleContextPane::headerAllowlistEdited);
        pane.loadKratosConfig(path);
        QCOMPARE(edited.count(), 1);
        QVERIFY(pane.headerAllowlist());
        QCOMPARE(pane.headerAllowlist()->headers,
                 (QStringList{QStringLiteral("User-Agent"), QStringLiteral("Cookie")}));
        QVERIFY(summary->text().contains(QStringLiteral("kratos.yml")));
        QVERIFY(summary->text().contains(QStringLiteral("User-Agent, Cookie")));
        QVERIFY(!warning->isHidden());
        QVERIFY(warning->text().contains(QStringLiteral("Cookie")));
        QVERIFY(useDefault->isEnabled());
        QVERIFY(pane.headerErrorText().isEmpty());

        // A broken file says why and keeps the list.
        QFile b(dir.filePath(QStringLiteral("broken.yml")));
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("clients: [\n");
        b.close();
        pane.loadKratosConfig(b.fileName());
        QCOMPARE(edited.count(), 1);
        QVERIFY(pane.headerErrorText().contains(QStringLiteral("broken.yml")));
        QCOMPARE(pane.headerAllowlist()->headers.size(), 2);

        useDefault->click();
        QCOMPARE(edited.count(), 2);
        QVERIFY(!edited.last().first().value<std::optional<RequestHeaderAllowlist>>());
        QVERIFY(!pane.headerAllowlist());
        QVERIFY(warning->isHidden());
    }
};

QTEST_MAIN(TestSampleContextPane)
#include "tst_sampleContextPane.moc"
