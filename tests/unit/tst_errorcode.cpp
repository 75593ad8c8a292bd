#include "core/common/ErrorCode.h"
#include "core/common/Result.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace hookmail;

// Every ErrorCode has one stable string (what Error::code and `--json` output carry): non-empty, lowercase
// kebab-case, and no two kinds share one.
class TestErrorCode : public QObject
{
    Q_OBJECT
private slots:
    void everyCode_data()
    {
        QTest::addColumn<int>("kind");
        // Internal is the last enumerator (ErrorCode.h keeps it last).
        for (int i = 0; i <= static_cast<int>(ErrorCode::Internal); ++i)
            QTest::newRow(qPrintable(errorCodeName(static_cast<ErrorCode>(i)) + QString::number(i))) << i;
    }
    void everyCode()
    {
        QFETCH(int, kind);
        const QString name = errorCodeName(static_cast<ErrorCode>(kind));
        QVERIFY(!name.isEmpty());
        static const QRegularExpression kebab(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
        QVERIFY2(kebab.match(name).hasMatch(), qPrintable(name));
        const Error e = Error::of(static_cast<ErrorCode>(kind), QStringLiteral("m"));
        QCOMPARE(e.code, name);
        QVERIFY(e.is(static_cast<ErrorCode>(kind)));
    }

    void namesAreDistinct()
    {
        QHash<QString, int> seen;
        for (int i = 0; i <= static_cast<int>(ErrorCode::Internal); ++i) {
            const QString name = errorCodeName(static_cast<ErrorCode>(i));
            QVERIFY2(!seen.contains(name), qPrintable(QStringLiteral("%1 is used by enumerators %2 and %3")
                                                          .arg(name)
                                                          .arg(seen.value(name))
                                                          .arg(i)));
            seen.insert(name, i);
        }
    }

    // The strings that `--json` output and tests pin stay what they were.
    void pinnedNames_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("name");
        QTest::newRow("conflict") << int(ErrorCode::Conflict) << "conflict";
        QTest::newRow("http-402") << int(ErrorCode::Http402) << "http-402";
        QTest::newRow("json-syntax") << int(ErrorCode::JsonSyntax) << "json-syntax";
        QTest::newRow("not-utf8") << int(ErrorCode::NotUtf8) << "not-utf8";
        QTest::newRow("no-hook-points") << int(ErrorCode::NoHookPoints) << "no-hook-points";
        QTest::newRow("secret-in-snapshot") << int(ErrorCode::SecretInSnapshot) << "secret-in-snapshot";
        QTest::newRow("identity-too-large") << int(ErrorCode::IdentityTooLarge) << "identity-too-large";
        QTest::newRow("no-action") << int(ErrorCode::NoAction) << "no-action";
        QTest::newRow("internal") << int(ErrorCode::Internal) << "internal";
    }
    void pinnedNames()
    {
        QFETCH(int, kind);
        QFETCH(QString, name);
        QCOMPARE(errorCodeName(static_cast<ErrorCode>(kind)), name);
    }

    void otherKindIsNot()
    {
        const Error e = Error::of(ErrorCode::NoSnapshot, QStringLiteral("m"));
        QVERIFY(!e.is(ErrorCode::BadSnapshot));
        const Error remote{QStringLiteral("m"), {}, QStringLiteral("Invalid_Key")};
        QVERIFY(!remote.is(ErrorCode::NoKey));
    }
};

QTEST_GUILESS_MAIN(TestErrorCode)
#include "tst_errorcode.moc"
