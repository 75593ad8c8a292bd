#include "core/model/HookPoint.h"

#include <QTest>

using namespace hookmail;

class TestHookPoint : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<bool>("identity");
        QTest::addColumn<bool>("session");
        QTest::addColumn<bool>("generic");
        QTest::newRow("registration after password")
            << "registration/after/password" << true << "/selfservice/flows/registration/after/password/hooks"
            << true << false << false;
        QTest::newRow("registration before")
            << "registration/before" << true << "/selfservice/flows/registration/before/hooks" << false
            << false << false;
        QTest::newRow("login after oidc")
            << "login/after/oidc" << true << "/selfservice/flows/login/after/oidc/hooks" << true << true
            << false;
        QTest::newRow("settings before has session")
            << "settings/before" << true << "/selfservice/flows/settings/before/hooks" << false << true
            << false;
        QTest::newRow("generic registration list")
            << "registration/after" << true << "/selfservice/flows/registration/after/hooks" << true << false
            << true;
        QTest::newRow("recovery after is not generic")
            << "recovery/after" << true << "/selfservice/flows/recovery/after/hooks" << true << false
            << false;
        QTest::newRow("no recovery methods")
            << "recovery/after/code" << false << "" << false << false << false;
        QTest::newRow("no method on before")
            << "login/before/password" << false << "" << false << false << false;
        QTest::newRow("unknown flow") << "logout/after" << false << "" << false << false << false;
        QTest::newRow("profile only in settings")
            << "registration/after/profile" << false << "" << false << false << false;
        QTest::newRow("registration after saml (Ory Network)")
            << "registration/after/saml" << true << "/selfservice/flows/registration/after/saml/hooks" << true
            << false << false;
        QTest::newRow("login after saml (Ory Network)")
            << "login/after/saml" << true << "/selfservice/flows/login/after/saml/hooks" << true << true
            << false;
        QTest::newRow("no saml list in settings")
            << "settings/after/saml" << false << "" << false << false << false;
        QTest::newRow("no saml list before") << "login/before/saml" << false << "" << false << false << false;
        QTest::newRow("garbage") << "registration" << false << "" << false << false << false;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto point = HookPoint::parse(text);
        QCOMPARE(point.has_value(), valid);
        if (!valid)
            return;
        QFETCH(QString, pointer);
        QFETCH(bool, identity);
        QFETCH(bool, session);
        QFETCH(bool, generic);
        QCOMPARE(point->toString(), text);
        QCOMPARE(point->configPointer(), pointer);
        QCOMPARE(point->hasIdentity(), identity);
        QCOMPARE(point->hasSession(), session);
        QCOMPARE(point->isGenericList(), generic);
        QVERIFY(!point->plainName().isEmpty());
    }
    void allRoundTripsAndIsUnique()
    {
        const QList<HookPoint> all = HookPoint::all();
        QSet<QString> seen;
        for (const HookPoint &p : all) {
            const QString s = p.toString();
            QVERIFY2(!seen.contains(s), qPrintable(s));
            seen.insert(s);
            QCOMPARE(HookPoint::parse(s), std::optional<HookPoint>(p));
        }
        // 6 registration + 8 login + 7 settings methods (saml in the first two), recovery + verification
        // after, 5 before, 3 generic.
        QCOMPARE(all.size(), 6 + 8 + 7 + 2 + 5 + 3);
    }
    void plainNamesForNonDevelopers()
    {
        QCOMPARE(HookPoint::parse(QStringLiteral("registration/after/password"))->plainName(),
                 QStringLiteral("After sign-up with password"));
        QCOMPARE(HookPoint::parse(QStringLiteral("registration/after/oidc"))->plainName(),
                 QStringLiteral("After sign-up with Google/GitHub (social)"));
        QCOMPARE(HookPoint::parse(QStringLiteral("registration/after/saml"))->plainName(),
                 QStringLiteral("After sign-up with SAML single sign-on"));
        QCOMPARE(HookPoint::parse(QStringLiteral("login/after/saml"))->plainName(),
                 QStringLiteral("After sign-in with SAML single sign-on"));
    }
    void samlIsTheOnlyOryNetworkOnlyMethod()
    {
        QStringList networkOnly;
        for (const HookPoint &p : HookPoint::all()) {
            if (p.isOryNetworkOnly())
                networkOnly.append(p.toString());
        }
        QCOMPARE(networkOnly, (QStringList{QStringLiteral("registration/after/saml"),
                                           QStringLiteral("login/after/saml")}));
        QVERIFY(HookPoint::isOryNetworkOnlyMethod(QStringLiteral("saml")));
        QVERIFY(!HookPoint::isOryNetworkOnlyMethod(QStringLiteral("oidc")));
        // Last in their flows, so the open-source methods keep their places in lists and menus.
        QCOMPARE(HookPoint::methodsFor(HookPoint::Flow::Registration).last(), QStringLiteral("saml"));
        QCOMPARE(HookPoint::methodsFor(HookPoint::Flow::Login).last(), QStringLiteral("saml"));
        QVERIFY(!HookPoint::methodsFor(HookPoint::Flow::Settings).contains(QStringLiteral("saml")));
    }
};

QTEST_GUILESS_MAIN(TestHookPoint)
#include "tst_hookpoint.moc"
