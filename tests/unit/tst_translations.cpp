// The German translation: it is compiled into the binary, the system locale picks it, known strings come
// out in German, and the .ts is complete — no unfinished or empty entry, every %N placeholder, HTML tag and
// menu accelerator kept — so a string added on another branch without a translation fails here.
#include "core/common/Translations.h"
#include "core/model/HookPoint.h"
#include "eval/WorkerProtocol.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>
#include <algorithm>

using namespace hookmail;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QStringList translations; // one per numerus form
    bool unfinished = false;
    bool obsolete = false;
    qint64 line = 0;
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    bool numerus = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == u"TS" || name == u"context") {
            continue; // descend
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            if (!current.source.isNull())
                messages.append(current);
            current = TsMessage{context, QString(), {}, false, false, xml.lineNumber()};
            numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"translation") {
            const QStringView type = xml.attributes().value(QLatin1String("type"));
            current.unfinished = type == u"unfinished";
            current.obsolete = type == u"obsolete" || type == u"vanished";
            if (numerus) {
                while (xml.readNextStartElement())
                    current.translations.append(xml.readElementText());
            } else {
                current.translations.append(xml.readElementText());
            }
        } else {
            xml.skipCurrentElement(); // comments, locations, extra fields
        }
    }
    if (!current.source.isNull())
        messages.append(current);
    if (xml.hasError())
        *error = xml.errorString() + u" at line "_qs + QString::number(xml.lineNumber());
    return messages;
}

QStringList sortedMatches(const QRegularExpression &re, const QString &text)
{
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    found.sort();
    return found;
}

void removeInstalledTranslators()
{
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { removeInstalledTranslators(); }

    void germanIsEmbedded()
    {
        QVERIFY2(QFile::exists(QString::fromLatin1(kTranslationsResourceDir) + u"/hookmail_de.qm"_qs),
                 "lrelease did not embed hookmail_de.qm");
    }

    void localePicksLanguage_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<bool>("german");
        QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << true;
        QTest::newRow("de_AT") << QLocale(QLocale::German, QLocale::Austria) << true;
        QTest::newRow("de_CH") << QLocale(QLocale::German, QLocale::Switzerland) << true;
        QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << false;
        QTest::newRow("fr_FR") << QLocale(QLocale::French, QLocale::France) << false;
        QTest::newRow("C") << QLocale::c() << false;
    }

    void localePicksLanguage()
    {
        QFETCH(QLocale, locale);
        QFETCH(bool, german);
        const InstalledTranslations installed = installTranslations(locale);
        QCOMPARE(installed.hookmail, german);
        const QString expected = german ? u"&Datei"_qs : u"&File"_qs;
        QCOMPARE(QCoreApplication::translate("hookmail::MainWindow", "&File"), expected);
    }

    void knownStrings_data()
    {
        QTest::addColumn<QString>("hookPoint");
        QTest::addColumn<QString>("german");
        QTest::newRow("sign-up password")
            << u"registration/after/password"_qs << u"Nach der Registrierung mit Passwort"_qs;
        QTest::newRow("sign-in passkey")
            << u"login/after/passkey"_qs << u"Nach der Anmeldung mit einem Passkey"_qs;
        QTest::newRow("before sign-up") << u"registration/before"_qs << u"Bevor die Registrierung beginnt"_qs;
        QTest::newRow("after recovery") << u"recovery/after"_qs << u"Nach der Kontowiederherstellung"_qs;
    }

    // HookPoint uses a named context for free functions (Tr::tr): this fails if lupdate and the lookup
    // disagree about it, which a plain tr() outside a class silently does.
    void knownStrings()
    {
        QFETCH(QString, hookPoint);
        QFETCH(QString, german);
        const auto point = HookPoint::parse(hookPoint);
        QVERIFY(point.has_value());
        const QString english = point->plainName();
        QVERIFY(installTranslations(QLocale(QLocale::German, QLocale::Germany)).hookmail);
        QCOMPARE(point->plainName(), german);
        QVERIFY(english != german);
    }

    // The evaluation worker inherits the app's environment and speaks its language: its own messages and the
    // engine's come out in German, while the numbers it prints stay Ory's (never a decimal comma).
    void workerSpeaksTheAppsLanguage()
    {
        const QString workerPath = qEnvironmentVariable("HOOKMAIL_WORKER");
        QVERIFY2(QFile::exists(workerPath), "HOOKMAIL_WORKER must point at the built worker");
        QVERIFY(installTranslations(QLocale(QLocale::German, QLocale::Germany)).hookmail);
        const QString nulGerman = QCoreApplication::translate(
            "JsonnetEngine",
            "The template contains a NUL byte (character code 0) here; Jsonnet cannot read it. Delete it.");
        const QString frameGerman = QCoreApplication::translate(
            "hookmail::worker", "The evaluation worker received a malformed request frame");
        QVERIFY2(!nulGerman.startsWith(u"The template"), qPrintable(nulGerman));
        QVERIFY2(!frameGerman.startsWith(u"The evaluation"), qPrintable(frameGerman));

        QProcess worker;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"LC_ALL"_qs);
        env.remove(u"LC_MESSAGES"_qs);
        env.insert(u"LANGUAGE"_qs, u"de"_qs);
        env.insert(u"LANG"_qs, u"de_DE.UTF-8"_qs);
        worker.setProcessEnvironment(env);
        worker.start(workerPath, {});
        QVERIFY2(worker.waitForStarted(10000), qPrintable(worker.errorString()));

        const auto ask = [&worker](quint64 id, const QByteArray &source) -> std::optional<EvaluationResult> {
            EvaluationRequest request;
            request.templateSource = source;
            request.ctxJson = "{}";
            worker.write(worker::encodeRequest(id, request));
            QByteArray buffer;
            QByteArray payload;
            while (worker::takeFrame(buffer, &payload) == worker::FrameStatus::NeedMore) {
                if (!worker.waitForReadyRead(10000))
                    return std::nullopt;
                buffer += worker.readAllStandardOutput();
            }
            const auto response = worker::decodeResponse(payload);
            if (!response || response->id != id)
                return std::nullopt;
            return response->result;
        };

        const auto nul = ask(1, QByteArray("function(ctx) { a: 1 }\0", 23));
        QVERIFY(nul.has_value());
        QVERIFY(!nul->ok);
        QVERIFY2(nul->error.message.startsWith(nulGerman), qPrintable(nul->error.message));

        const auto number = ask(2, "function(ctx) { a: 0.5, b: std.toString(1.25) }");
        QVERIFY(number.has_value());
        QVERIFY2(number->ok, qPrintable(number->error.message));
        QVERIFY2(number->output.contains("0.5") && number->output.contains("1.25") &&
                     !number->output.contains("0,5"),
                 number->output.constData());

        // A frame that cannot be trusted: the worker says so (in German) and stops.
        worker.write("not a frame at all, far too long to be a length prefix\n");
        QVERIFY(worker.waitForFinished(10000));
        const QByteArray rest = worker.readAllStandardOutput();
        QByteArray buffer = rest;
        QByteArray payload;
        QCOMPARE(worker::takeFrame(buffer, &payload), worker::FrameStatus::Ok);
        const auto malformed = worker::decodeResponse(payload);
        QVERIFY(malformed.has_value());
        QCOMPARE(malformed->result.error.message, frameGerman);
    }

    void tsFileIsComplete()
    {
        const QString path = QStringLiteral(HOOKMAIL_SOURCE_DIR "/translations/hookmail_de.ts");
        QString error;
        const QList<TsMessage> messages = readTs(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(messages.size() > 300,
                 qPrintable(u"only %1 messages in %2"_qs.arg(messages.size()).arg(path)));

        const QRegularExpression placeholder(QStringLiteral("%(\\d+|n)"));
        const QRegularExpression htmlTag(QStringLiteral("</?[a-z]+>"));
        // An accelerator is "&" before a letter; "&amp;" in rich text is an entity, not an accelerator.
        const QRegularExpression accelerator(QStringLiteral("&(?!amp;)\\w"));
        QStringList problems;
        for (const TsMessage &m : messages) {
            const QString where = u"%1 line %2 (%3): “%4”"_qs.arg(path).arg(m.line).arg(m.context, m.source);
            if (m.obsolete)
                continue;
            if (m.context == u"hookmail")
                problems << u"tr() outside a class; use a Tr struct with Q_DECLARE_TR_FUNCTIONS: "_qs + where;
            if (m.unfinished)
                problems << u"unfinished: "_qs + where;
            if (m.translations.isEmpty() ||
                std::any_of(m.translations.cbegin(), m.translations.cend(),
                            [](const QString &t) { return t.trimmed().isEmpty(); }))
                problems << u"empty translation: "_qs + where;
            for (const QString &t : m.translations) {
                QStringList want = sortedMatches(placeholder, m.source);
                QStringList got = sortedMatches(placeholder, t);
                want.removeDuplicates();
                got.removeDuplicates();
                if (want != got)
                    problems << u"placeholders %1 became %2: "_qs.arg(want.join(u' '), got.join(u' ')) +
                                    where;
                if (sortedMatches(htmlTag, m.source) != sortedMatches(htmlTag, t))
                    problems << u"HTML tags differ: "_qs + where;
                if (sortedMatches(accelerator, m.source).size() != sortedMatches(accelerator, t).size())
                    problems << u"accelerator lost or added: "_qs + where;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
