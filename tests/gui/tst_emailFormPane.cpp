// EmailFormPane: fields round-trip, typing emits formChanged, placeholders are inserted at the cursor
// from the menu, recipient choices map to recipientSources, field titles are plain words.
#include "editor/EmailFormPane.h"

#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace hookmail;

Q_DECLARE_METATYPE(hookmail::EmailForm)

namespace {
EmailForm sampleForm()
{
    EmailForm f;
    f.fromEmail = QStringLiteral("hello@example.com");
    f.fromName = QStringLiteral("Example");
    f.subject = QStringLiteral("Welcome {{traits.name.first}}");
    f.text = QStringLiteral("Hi there");
    f.html = QStringLiteral("<p>Hi</p>");
    f.replyTo = QStringLiteral("support@example.com");
    f.tags = {QStringLiteral("welcome"), QStringLiteral("onboarding")};
    f.recipientSources = {QStringLiteral("verified")};
    f.recipientNameTemplate = QStringLiteral("{{traits.name.first}}");
    f.fallbackRecipient = QStringLiteral("fallback@example.com");
    return f;
}

template <typename T> T *child(QWidget &w, const char *name)
{
    T *c = w.findChild<T *>(QLatin1String(name));
    if (!c)
        qFatal("missing child %s", name);
    return c;
}
} // namespace

class TestEmailFormPane : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<hookmail::EmailForm>();
    }

    void roundTrip()
    {
        EmailFormPane pane;
        QSignalSpy changed(&pane, &EmailFormPane::formChanged);
        pane.setForm(sampleForm());
        QCOMPARE(changed.size(), 0); // programmatic updates don't echo back
        QCOMPARE(pane.form(), sampleForm());
        QCOMPARE(child<QLineEdit>(pane, "tagsLineEdit")->text(), QStringLiteral("welcome, onboarding"));
    }

    void typingEmitsFormChanged()
    {
        EmailFormPane pane;
        pane.setForm(sampleForm());
        pane.show();
        QSignalSpy changed(&pane, &EmailFormPane::formChanged);
        auto *subject = child<QLineEdit>(pane, "subjectLineEdit");
        subject->clear();
        QTest::keyClicks(subject, QStringLiteral("Hello!"));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.last().first().value<EmailForm>().subject, QStringLiteral("Hello!"));
        auto *text = child<QPlainTextEdit>(pane, "textBodyEdit");
        text->moveCursor(QTextCursor::End);
        QTest::keyClicks(text, QStringLiteral(" more"));
        QCOMPARE(changed.last().first().value<EmailForm>().text, QStringLiteral("Hi there more"));
        child<QLineEdit>(pane, "tagsLineEdit")->setText(QStringLiteral(" a, ,b ,"));
        QCOMPARE(changed.last().first().value<EmailForm>().tags,
                 (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void insertFieldAtCursor()
    {
        EmailFormPane pane;
        pane.setForm(sampleForm());
        auto *button = child<QToolButton>(pane, "insertSubjectFieldButton");
        QVERIFY(!button->isEnabled()); // nothing to insert yet
        pane.setIdentityFields({QStringLiteral("traits.email"), QStringLiteral("traits.name.first")});
        QVERIFY(button->isEnabled());
        const QList<QAction *> actions = button->menu()->actions();
        QCOMPARE(actions.size(), 2);
        QCOMPARE(actions.at(1)->text(), QStringLiteral("First name  (traits.name.first)"));

        auto *subject = child<QLineEdit>(pane, "subjectLineEdit");
        subject->setText(QStringLiteral("Hi !"));
        subject->setCursorPosition(3);
        QSignalSpy changed(&pane, &EmailFormPane::formChanged);
        actions.at(1)->trigger();
        QCOMPARE(subject->text(), QStringLiteral("Hi {{traits.name.first}}!"));
        QCOMPARE(changed.last().first().value<EmailForm>().subject,
                 QStringLiteral("Hi {{traits.name.first}}!"));

        auto *html = child<QPlainTextEdit>(pane, "htmlBodyEdit");
        QTextCursor c = html->textCursor();
        c.setPosition(3); // inside "<p>|Hi</p>"
        html->setTextCursor(c);
        child<QToolButton>(pane, "insertHtmlBodyFieldButton")->menu()->actions().at(0)->trigger();
        QCOMPARE(html->toPlainText(), QStringLiteral("<p>{{traits.email}}Hi</p>"));
    }

    void recipientChoices_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QStringList>("sources");
        const auto choices = EmailFormPane::recipientChoices();
        for (int i = 0; i < choices.size(); ++i)
            QTest::newRow(qPrintable(choices.at(i).first)) << i << choices.at(i).second;
    }
    void recipientChoices()
    {
        QFETCH(int, index);
        QFETCH(QStringList, sources);
        EmailFormPane pane;
        QSignalSpy changed(&pane, &EmailFormPane::formChanged);
        auto *combo = child<QComboBox>(pane, "recipientSourceComboBox");
        combo->setCurrentIndex(index == 0 ? 1 : 0);
        combo->setCurrentIndex(index);
        QCOMPARE(pane.form().recipientSources, sources);
        QVERIFY(!changed.isEmpty());
    }

    void customRecipientSourcesKept()
    {
        EmailFormPane pane;
        EmailForm f = sampleForm();
        f.recipientSources = {QStringLiteral("trait:work_email"), QStringLiteral("verified")};
        pane.setForm(f);
        QCOMPARE(pane.form().recipientSources, f.recipientSources);
        QVERIFY(child<QComboBox>(pane, "recipientSourceComboBox")
                    ->currentText()
                    .startsWith(QStringLiteral("Custom")));
    }

    void fieldTitle_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("title");
        QTest::newRow("nested") << QStringLiteral("traits.name.first") << QStringLiteral("First name");
        QTest::newRow("flat") << QStringLiteral("traits.email") << QStringLiteral("Email");
        QTest::newRow("underscore") << QStringLiteral("traits.phone_number")
                                    << QStringLiteral("Phone number");
        QTest::newRow("address") << QStringLiteral("address") << QStringLiteral("Their email address");
        QTest::newRow("metadata") << QStringLiteral("metadata_public.plan")
                                  << QStringLiteral("Plan (public metadata)");
    }
    void fieldTitle()
    {
        QFETCH(QString, path);
        QFETCH(QString, title);
        QCOMPARE(EmailFormPane::fieldTitle(path), title);
    }
};

QTEST_MAIN(TestEmailFormPane)
#include "tst_emailFormPane.moc"
