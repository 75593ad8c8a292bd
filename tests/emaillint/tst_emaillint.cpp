// The email-client lint of issue 14: the HTML DesignGenerator makes for the default design and for a design
// using every block kind is linted with @jsx-email/doiuse-email (caniemail data) for gmail.*, apple-mail.*,
// outlook.* and yahoo.*; every reported feature must be on the allow-list of graceful degradations in
// docs/EMAIL-CLIENTS.md. The same lint must reject a <video> or display:flex added to that HTML.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct NodeRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString nodeBinary()
{
    const QString env = qEnvironmentVariable("HOOKMAIL_NODE");
    return env.isEmpty() ? QStringLiteral(HOOKMAIL_NODE_BIN) : env;
}

QString lintDir()
{
    return QStringLiteral(HOOKMAIL_EMAILLINT_DIR);
}

QString clientsDoc()
{
    return QStringLiteral(HOOKMAIL_EMAIL_CLIENTS_DOC);
}

QString readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

bool writeAll(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) >= 0;
}

// `html` with `fragment` put at the end of the body.
QString withBeforeBodyEnd(QString html, const QString &fragment)
{
    const qsizetype at = html.lastIndexOf(QStringLiteral("</body>"), -1, Qt::CaseInsensitive);
    return at < 0 ? html + fragment : html.insert(at, fragment);
}

} // namespace

class TestEmailLint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void designedEmailsReportOnlyAllowedFeatures_data();
    void designedEmailsReportOnlyAllowedFeatures();
    void allBlocksDesignCarriesEveryBlock();
    void lintRejectsUnsupportedFeatures_data();
    void lintRejectsUnsupportedFeatures();
    void allowListRowsNeedAReason();
    void mjmlComparisonPrintsBothSides();

private:
    NodeRun node(const QStringList &args) const;

    QTemporaryDir m_dir;
};

NodeRun TestEmailLint::node(const QStringList &args) const
{
    QProcess process;
    process.setWorkingDirectory(lintDir());
    process.start(nodeBinary(), args);
    NodeRun run;
    if (!process.waitForStarted(10000) || !process.waitForFinished(120000)) {
        run.err = QStringLiteral("node did not run: %1").arg(process.errorString());
        process.kill();
        process.waitForFinished(5000);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void TestEmailLint::initTestCase()
{
    if (!QFileInfo(nodeBinary()).isExecutable())
        QSKIP(qPrintable(
            QStringLiteral("Node is not installed (looked for %1). Run scripts/setup-deps.sh --test "
                           "or set HOOKMAIL_NODE.")
                .arg(nodeBinary())));
    if (!QFileInfo::exists(lintDir() +
                           QStringLiteral("/node_modules/@jsx-email/doiuse-email/package.json")) ||
        !QFileInfo::exists(lintDir() + QStringLiteral("/node_modules/mjml/package.json")))
        QSKIP("The email lint is not installed. Run `cd tests/emaillint && npm ci` (scripts/setup-deps.sh "
              "--test "
              "does it).");
    QVERIFY(m_dir.isValid());

    QProcess tool;
    tool.start(QStringLiteral(HOOKMAIL_DESIGN_HTML_BIN), {m_dir.path()});
    QVERIFY2(tool.waitForFinished(60000), qPrintable(tool.errorString()));
    QVERIFY2(tool.exitStatus() == QProcess::NormalExit && tool.exitCode() == 0,
             tool.readAllStandardError().constData());
    for (const auto *name : {"default.html", "all-blocks.html"}) {
        const QString html = readAll(m_dir.filePath(QString::fromLatin1(name)));
        QVERIFY2(html.contains(QStringLiteral("<table"), Qt::CaseInsensitive), name);
    }
}

void TestEmailLint::designedEmailsReportOnlyAllowedFeatures_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("default design") << QStringLiteral("default.html");
    QTest::newRow("every block") << QStringLiteral("all-blocks.html");
}

void TestEmailLint::designedEmailsReportOnlyAllowedFeatures()
{
    QFETCH(QString, file);
    const QString path = m_dir.filePath(file);

    // The readable report (counts per family and the features) goes into the test log: these are the figures.
    const NodeRun text = node({QStringLiteral("lint.mjs"), QStringLiteral("--allow"), clientsDoc(), path});
    for (const QString &line : text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        qInfo().noquote() << line;
    QVERIFY2(text.exitCode == 0, qPrintable(text.out + text.err));

    const NodeRun json = node({QStringLiteral("lint.mjs"), QStringLiteral("--allow"), clientsDoc(),
                               QStringLiteral("--json"), path});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QVERIFY2(report.value(QStringLiteral("ok")).toBool(), qPrintable(json.out));
    const QJsonObject result = report.value(QStringLiteral("files")).toArray().at(0).toObject();
    QCOMPARE(result.value(QStringLiteral("bytes")).toInt(), QFileInfo(path).size());
    QVERIFY(result.value(QStringLiteral("notAllowed")).toArray().isEmpty());
    const QJsonObject counts = result.value(QStringLiteral("counts")).toObject();
    for (const auto *family : {"gmail", "apple-mail", "outlook", "yahoo"})
        QVERIFY2(counts.contains(QString::fromLatin1(family)), family);
}

// The lint only means something if the "every block" email really has every block's content in it.
void TestEmailLint::allBlocksDesignCarriesEveryBlock()
{
    const QString html = readAll(m_dir.filePath(QStringLiteral("all-blocks.html")));
    const QStringList expected = {
        QStringLiteral("https://cdn.example.com/logo.png"),     // logo
        QStringLiteral("https://cdn.example.com/hero.png"),     // image …
        QStringLiteral("https://example.com/tour"),             // … with a link
        QStringLiteral("Jane"),                                 // placeholder value
        QStringLiteral("Three things to try first"),            // heading 2
        QStringLiteral("https://example.com/guide"),            // link in text
        QStringLiteral("Invite your team"),                     // bullet list
        QStringLiteral("Create your first project"),            // numbered list
        QStringLiteral("Open your dashboard"),                  // button label
        QStringLiteral("9f425a8d-7bd4-4ff6-8e4f-3f0c6e5b6a1c"), // placeholder in the button link
        QStringLiteral("Your plan"),                            // custom HTML
        QStringLiteral("1 Example Street"),                     // footer
    };
    for (const QString &text : expected)
        QVERIFY2(html.contains(text), qPrintable(text));
    QVERIFY2(html.contains(QStringLiteral("<ul"), Qt::CaseInsensitive) ||
                 html.contains(QStringLiteral("<ol"), Qt::CaseInsensitive) ||
                 html.contains(QStringLiteral("&bull;")) || html.contains(QStringLiteral("\u2022")),
             "the lists are missing");
    QVERIFY2(!html.contains(QStringLiteral("{{")), "a custom HTML placeholder was left unreplaced");
}

void TestEmailLint::lintRejectsUnsupportedFeatures_data()
{
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<bool>("emptyAllowList");
    QTest::addColumn<QString>("expected");

    QTest::newRow("<video>") << QStringLiteral(
                                    "<video src=\"https://cdn.example.com/a.mp4\" controls></video>")
                             << false << QStringLiteral("NOT ALLOWED error <video> element");
    QTest::newRow("display:flex") << QStringLiteral("<div style=\"display:flex\"><span>a</span></div>")
                                  << false << QStringLiteral("NOT ALLOWED error display:flex");
    // Without the allow-list the generated HTML itself fails: the allow-list is what lets it pass, and the
    // lint does see the generator's constructs.
    QTest::newRow("no allow-list") << QString() << true << QStringLiteral("NOT ALLOWED");
}

void TestEmailLint::lintRejectsUnsupportedFeatures()
{
    QFETCH(QString, fragment);
    QFETCH(bool, emptyAllowList);
    QFETCH(QString, expected);

    const QString html = withBeforeBodyEnd(readAll(m_dir.filePath(QStringLiteral("default.html"))), fragment);
    const QString htmlPath = m_dir.filePath(QStringLiteral("mutated.html"));
    QVERIFY(writeAll(htmlPath, html));
    QString doc = clientsDoc();
    if (emptyAllowList) {
        doc = m_dir.filePath(QStringLiteral("empty-allow-list.md"));
        QVERIFY(writeAll(
            doc, QStringLiteral("<!-- emaillint:allow -->\n| Feature | Clients | Why |\n|---|---|---|\n"
                                "<!-- /emaillint:allow -->\n")));
    }
    const NodeRun run = node({QStringLiteral("lint.mjs"), QStringLiteral("--allow"), doc, htmlPath});
    QVERIFY2(run.exitCode == 1, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(expected), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("emaillint: FAILED")));
}

void TestEmailLint::allowListRowsNeedAReason()
{
    const QString doc = m_dir.filePath(QStringLiteral("no-reason.md"));
    QVERIFY(writeAll(
        doc, QStringLiteral("<!-- emaillint:allow -->\n| Feature | Clients | Why |\n|---|---|---|\n"
                            "| `border-radius` | `outlook.windows` | |\n<!-- /emaillint:allow -->\n")));
    const NodeRun run = node({QStringLiteral("lint.mjs"), QStringLiteral("--allow"), doc,
                              m_dir.filePath(QStringLiteral("default.html"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("needs a feature, clients and a reason")), qPrintable(run.err));
}

void TestEmailLint::mjmlComparisonPrintsBothSides()
{
    const NodeRun run = node({QStringLiteral("compare.mjs"), m_dir.filePath(QStringLiteral("default.html")),
                              lintDir() + QStringLiteral("/welcome.mjml")});
    for (const QString &line : run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        qInfo().noquote() << line;
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY(run.out.contains(QStringLiteral("Hookmail")));
    QVERIFY(run.out.contains(QStringLiteral("MJML")));
    QVERIFY(run.out.contains(QStringLiteral("HTML bytes")));
}

QTEST_GUILESS_MAIN(TestEmailLint)
#include "tst_emaillint.moc"
