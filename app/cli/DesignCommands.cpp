// `hookmail design show|set`: a designed email's envelope and block texts for scripts. The same core calls as
// the window (the design model, regenerateTemplate, ProjectFile), so a change made here renders exactly as
// one made in the designer.
#include "Cli.h"
#include "Commands.h"
#include "Selectors.h"
#include "core/design/DesignText.h"
#include "core/model/ProjectFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <algorithm>

namespace hookmail::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

const QStringList &settableFields()
{
    static const QStringList fields = {QStringLiteral("subject"),   QStringLiteral("preheader"),
                                       QStringLiteral("from-name"), QStringLiteral("from-email"),
                                       QStringLiteral("reply-to"),  QStringLiteral("block.N.text")};
    return fields;
}

QString kindTitle(const Block &block)
{
    switch (block.kind) {
    case BlockKind::Image:
        return block.useThemeLogo ? Tr::tr("Logo") : Tr::tr("Image");
    case BlockKind::Heading:
        return Tr::tr("Heading");
    case BlockKind::Text:
        return Tr::tr("Text");
    case BlockKind::Button:
        return Tr::tr("Button");
    case BlockKind::Divider:
        return Tr::tr("Divider");
    case BlockKind::Spacer:
        return Tr::tr("Spacer");
    case BlockKind::Footer:
        return Tr::tr("Footer");
    case BlockKind::CustomHtml:
        return Tr::tr("Custom HTML");
    }
    return {};
}

// What a block says, as people read it (placeholders as [First name | there]).
QString blockText(const Block &block)
{
    switch (block.kind) {
    case BlockKind::Image: {
        QString text = block.altText.isEmpty() ? Tr::tr("(no alt text)") : block.altText;
        const QString url = block.useThemeLogo ? Tr::tr("the theme's logo") : block.imageUrl;
        if (!url.isEmpty())
            text += u" [" + url + u']';
        if (!block.imageLink.isEmpty())
            text += u" → " + block.imageLink;
        return text;
    }
    case BlockKind::Heading:
        return inlineTextForDisplay(block.line);
    case BlockKind::Button:
        return inlineTextForDisplay(block.line) + u" → " + inlineTextForDisplay(block.buttonUrl);
    case BlockKind::Text:
    case BlockKind::Footer:
        return richTextForDisplay(block.text);
    case BlockKind::Spacer:
        return Tr::tr("%1 px").arg(block.spacerHeight);
    case BlockKind::Divider:
        return {};
    case BlockKind::CustomHtml:
        return block.html;
    }
    return {};
}

QString indented(const QString &text, int width)
{
    QString out = text;
    out.replace(u'\n', u'\n' + QString(width, u' '));
    return out;
}

struct Target
{
    QString path;
    Project project;
    qsizetype index = -1; // of the action in project.actions
};

// Loads FILE (the FILE rule of every command) and picks the email: --email NAME, else the first one in Design
// mode. Errors are input errors.
Result<Target> resolveTarget(const QCommandLineParser &parser, const QStringList &positional)
{
    Target t;
    t.path = positional.value(0);
    Result<Project> loaded = loadProjectArgument(t.path);
    if (!loaded)
        return loaded.error();
    t.project = loaded.value();
    if (t.project.actions.isEmpty())
        return Error{Tr::tr("The project has no emails."), {}, errorCodeName(ErrorCode::NoAction)};
    const QString wanted = parser.value(QStringLiteral("email"));
    if (!wanted.isEmpty()) {
        const Action *found = t.project.findAction(wanted);
        if (!found) {
            QStringList names;
            for (const Action &a : std::as_const(t.project.actions))
                names << a.name;
            return Error{
                Tr::tr("No email named “%1”. Emails in this project: %2.").arg(wanted, names.join(u", ")),
                {},
                errorCodeName(ErrorCode::NoAction)};
        }
        t.index = found - t.project.actions.constData();
    } else {
        for (qsizetype i = 0; i < t.project.actions.size() && t.index < 0; ++i) {
            if (t.project.actions.at(i).mode == EditMode::Design)
                t.index = i;
        }
        if (t.index < 0)
            return Error{Tr::tr("No email in this project is designed: they are all written in code."),
                         {},
                         errorCodeName(ErrorCode::NoAction)};
    }
    const Action &action = t.project.actions.at(t.index);
    if (action.mode != EditMode::Design)
        return Error{
            Tr::tr("“%1” is written in code (Code mode), so it has no design: change its Jsonnet instead.")
                .arg(action.name),
            {},
            errorCodeName(ErrorCode::BadValue)};
    return t;
}

int parse(QCommandLineParser &parser, const QString &usage, const QString &description,
          const QStringList &args, QTextStream &out, QTextStream &err)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  Tr::tr("Show this help and exit."));
    parser.addOption(help);
    parser.addOption({{QStringLiteral("email"), QStringLiteral("action")},
                      Tr::tr("The email to use (name or id; default: the first designed email)."),
                      QStringLiteral("NAME")});
    if (!parser.parse(QStringList{QStringLiteral("hookmail")} + args)) {
        err << "hookmail design: " << parser.errorText() << "\nTry 'hookmail design --help'.\n";
        return UsageError;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text = text.mid(text.indexOf(u'\n') + 1); // replace Qt's usage line (it names argv[0])
        out << "Usage: hookmail design " << usage << '\n' << text;
        return Success;
    }
    return -1;
}

int runShow(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 Tr::tr("A .hookmail project (default: the built-in project)."),
                                 QStringLiteral("[FILE]"));
    if (const int code = parse(parser, QStringLiteral("show [--email NAME] [FILE]"),
                               Tr::tr("Show a designed email: its envelope and its blocks, numbered as "
                                      "'hookmail design set' uses them."),
                               args, out, err);
        code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        err << "hookmail design show: " << Tr::tr("Too many arguments; pass at most one project.") << '\n';
        return UsageError;
    }
    Result<Target> target = resolveTarget(parser, positional);
    if (!target) {
        err << "hookmail design show: " << target.error().message << '\n';
        return UsageError;
    }
    const Action &action = target->project.actions.at(target->index);
    const Envelope &e = action.design.envelope;
    // Rows are collected first: the value column starts after the longest label (translations are longer).
    QList<std::pair<QString, QString>> rows;
    auto row = [&rows](const QString &label, const QString &value) { rows.append({label + u':', value}); };
    out << Tr::tr("Email “%1” (Design mode)").arg(action.name) << "\n\n";
    row(Tr::tr("From"),
        e.fromName.isEmpty() ? e.fromEmail : inlineTextForDisplay(e.fromName) + u" <" + e.fromEmail + u'>');
    if (!e.replyTo.isEmpty())
        row(Tr::tr("Reply-To"), e.replyTo);
    row(Tr::tr("Subject"), inlineTextForDisplay(e.subject));
    if (!e.preheader.isEmpty())
        row(Tr::tr("Preheader"), inlineTextForDisplay(e.preheader));
    QString to = e.recipientSources.join(u", ");
    to += e.fallbackRecipient.isEmpty() ? Tr::tr("; no address: skipped")
                                        : Tr::tr("; no address: %1").arg(e.fallbackRecipient);
    row(Tr::tr("To"), to);
    if (!e.tags.isEmpty())
        row(Tr::tr("Tags"), e.tags.join(u", "));
    qsizetype width = 12;
    for (const auto &[label, value] : rows)
        width = std::max(width, label.size() + 1);
    for (const auto &[label, value] : rows)
        out << label.leftJustified(width) << indented(value, int(width)) << '\n';
    out << '\n' << Tr::tr("Blocks:") << '\n';
    const QList<Block> &blocks = action.design.blocks;
    if (blocks.isEmpty())
        out << "  " << Tr::tr("(none)") << '\n';
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const QString head = QStringLiteral("%1. %2").arg(i + 1, 3).arg(kindTitle(blocks.at(i)));
        const QString text = blockText(blocks.at(i));
        const int column = int(std::max<qsizetype>(18, head.size() + 1));
        out << head.leftJustified(column) << (text.isEmpty() ? QString() : indented(text, column)) << '\n';
    }
    if (action.design.plainTextOverride)
        out << '\n'
            << Tr::tr("Plain-text version (written by hand):") << '\n'
            << richTextForDisplay(*action.design.plainTextOverride) << '\n';
    return Success;
}

// Plain text as rich text: paragraphs at blank lines, no placeholders or formatting.
RichText plainRichText(const QString &value)
{
    RichText out;
    for (const QString &block :
         QString(value).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).split(QStringLiteral("\n\n"))) {
        const QString trimmed = block.trimmed();
        if (trimmed.isEmpty())
            continue;
        Paragraph p;
        p.runs = plainInlineText(trimmed);
        out << p;
    }
    return out;
}

int runSet(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The .hookmail project to change."),
                                 QStringLiteral("FILE"));
    parser.addPositionalArgument(QStringLiteral("FIELD"),
                                 Tr::tr("One of: %1.").arg(settableFields().join(u", ")),
                                 QStringLiteral("FIELD"));
    parser.addPositionalArgument(
        QStringLiteral("VALUE"),
        Tr::tr("The new plain text (a block's text: paragraphs separated by a blank line)."),
        QStringLiteral("VALUE"));
    if (const int code = parse(parser, QStringLiteral("set [--email NAME] FILE FIELD VALUE"),
                               Tr::tr("Change a designed email's envelope field or a block's text, and save "
                                      "the project. The email's template is generated again."),
                               args, out, err);
        code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3) {
        const bool fileGiven = !positional.isEmpty() && positional.first().endsWith(u".hookmail");
        err << "hookmail design set: "
            << (positional.size() == 2 && !fileGiven
                    ? Tr::tr("Name the project file to change; the built-in project cannot be changed.")
                    : Tr::tr("Expected FILE FIELD VALUE."))
            << "\nTry 'hookmail design set --help'.\n";
        return UsageError;
    }
    const QString path = positional.at(0);
    if (!path.endsWith(u".hookmail")) {
        err << "hookmail design set: "
            << Tr::tr("%1 is not a .hookmail project; a template file has no design.").arg(path) << '\n';
        return UsageError;
    }
    Result<Target> target = resolveTarget(parser, {path});
    if (!target) {
        err << "hookmail design set: " << target.error().message << '\n';
        return UsageError;
    }
    const QString field = positional.at(1);
    const QString value = positional.at(2);
    Target &t = target.value();
    Action &action = t.project.actions[t.index];
    Envelope &e = action.design.envelope;
    if (field == u"subject") {
        e.subject = plainInlineText(value);
    } else if (field == u"preheader") {
        e.preheader = plainInlineText(value);
    } else if (field == u"from-name") {
        e.fromName = plainInlineText(value);
    } else if (field == u"from-email") {
        e.fromEmail = value.trimmed();
    } else if (field == u"reply-to") {
        e.replyTo = value.trimmed();
    } else if (field.startsWith(u"block.") && field.endsWith(u".text")) {
        bool ok = false;
        const int number = field.mid(6, field.size() - 11).toInt(&ok);
        QList<Block> &blocks = action.design.blocks;
        if (!ok || number < 1 || number > blocks.size()) {
            err << "hookmail design set: "
                << Tr::tr("There is no block %1: “%2” has %3 (see 'hookmail design show').")
                       .arg(field.mid(6, field.size() - 11), action.name)
                       .arg(blocks.size())
                << '\n';
            return UsageError;
        }
        Block &block = blocks[number - 1];
        switch (block.kind) {
        case BlockKind::Heading:
        case BlockKind::Button:
            block.line = plainInlineText(value);
            break;
        case BlockKind::Text:
        case BlockKind::Footer:
            block.text = plainRichText(value);
            break;
        case BlockKind::Image:
            block.altText = value;
            break;
        case BlockKind::Divider:
        case BlockKind::Spacer:
        case BlockKind::CustomHtml:
            err << "hookmail design set: "
                << Tr::tr("Block %1 is a %2 block, which has no text to set.")
                       .arg(number)
                       .arg(kindTitle(block))
                << '\n';
            return UsageError;
        }
    } else {
        err << "hookmail design set: "
            << Tr::tr("Unknown field “%1”; use one of %2.").arg(field, settableFields().join(u", ")) << '\n';
        return UsageError;
    }
    regenerateTemplate(action, t.project.theme);
    const Status saved = ProjectFile::save(path, t.project);
    if (!saved) {
        err << "hookmail design set: " << saved.error().message << '\n';
        return Failure;
    }
    out << Tr::tr("Set %1 of “%2” in %3.").arg(field, action.name, path) << '\n';
    return Success;
}

} // namespace

int runDesign(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString sub = args.value(0);
    if (sub == u"show")
        return runShow(args.mid(1), out, err);
    if (sub == u"set")
        return runSet(args.mid(1), out, err);
    if (sub.isEmpty() || sub == u"--help" || sub == u"-h") {
        out << "Usage: hookmail design show|set [OPTIONS]\n\n"
               "  show [--email NAME] [FILE]             Show a designed email's envelope and numbered "
               "blocks\n"
               "  set [--email NAME] FILE FIELD VALUE    Change "
            << settableFields().join(u'|')
            << "\n                                         (plain text) and save FILE\n\n"
               "'hookmail design show|set --help' describes the options.\n";
        return sub.isEmpty() ? UsageError : Success;
    }
    err << "hookmail design: unknown sub-command '" << sub << "'\nTry 'hookmail design --help'.\n";
    return UsageError;
}

} // namespace hookmail::cli
