// hookmail-design-html OUTDIR: writes the HTML DesignGenerator makes for (a) the default welcome design and
// (b) a design that uses every block kind, with sample values, as OUTDIR/default.html and
// OUTDIR/all-blocks.html. The email-client lint (tst_emaillint, compare.mjs) reads them. Built only with the
// tests: the product carries no lint code.
#include "core/design/DesignGenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

using namespace hookmail;

namespace {

Inline literal(const QString &text)
{
    Inline run;
    run.text = text;
    return run;
}

Inline formatted(const QString &text, bool bold, bool italic, const QString &link = {})
{
    Inline run = literal(text);
    run.bold = bold;
    run.italic = italic;
    run.link = link;
    return run;
}

Inline placeholder(const QString &field, const QString &fallback)
{
    Inline run;
    run.placeholder = Placeholder{field, fallback};
    return run;
}

Paragraph paragraph(Paragraph::Kind kind, QList<Inline> runs)
{
    Paragraph p;
    p.kind = kind;
    p.runs = std::move(runs);
    return p;
}

// Appends a block made by newBlock (so its id is fresh) after `fill` has set its content.
template <typename Fill> void add(EmailDesign &design, BlockKind kind, Fill fill)
{
    Block block = newBlock(kind, design);
    fill(block);
    design.blocks.append(block);
}

// Every block kind, and inside them every construct a person can make: an image with a link, the theme's
// logo, headings of both levels, rich text with bold, italic, a link, both kinds of list and a placeholder
// with a fallback, a button whose link has a placeholder, divider, spacer, footer, custom HTML.
EmailDesign allBlocksDesign()
{
    EmailDesign design = defaultWelcomeDesign();
    design.blocks.clear();
    const auto normal = Paragraph::Kind::Normal;

    add(design, BlockKind::Image, [](Block &b) {
        b.useThemeLogo = true;
        b.altText = QStringLiteral("Acme");
        b.imageWidth = 120;
        b.align = BlockAlign::Center;
    });
    add(design, BlockKind::Heading, [](Block &b) {
        b.headingLevel = 1;
        b.line = {literal(QStringLiteral("Welcome, ")),
                  placeholder(QStringLiteral("traits.name.first"), QStringLiteral("there"))};
    });
    add(design, BlockKind::Image, [](Block &b) {
        b.useThemeLogo = false;
        b.imageUrl = QStringLiteral("https://cdn.example.com/hero.png");
        b.altText = QStringLiteral("People working together at a table");
        b.imageWidth = 560;
        b.imageLink = QStringLiteral("https://example.com/tour");
    });
    add(design, BlockKind::Heading, [](Block &b) {
        b.headingLevel = 2;
        b.line = {literal(QStringLiteral("Three things to try first"))};
    });
    add(design, BlockKind::Text, [&](Block &b) {
        b.text = {
            paragraph(normal,
                      {literal(QStringLiteral("Hi ")),
                       placeholder(QStringLiteral("traits.name.first"), QStringLiteral("there")),
                       literal(QStringLiteral(", your account is ")),
                       formatted(QStringLiteral("ready"), true, false), literal(QStringLiteral(". ")),
                       formatted(QStringLiteral("Really."), false, true), literal(QStringLiteral(" Read ")),
                       formatted(QStringLiteral("the guide"), false, false,
                                 QStringLiteral("https://example.com/guide")),
                       literal(QStringLiteral("."))}),
            paragraph(Paragraph::Kind::Bullet, {literal(QStringLiteral("Invite your team"))}),
            paragraph(Paragraph::Kind::Bullet, {formatted(QStringLiteral("Connect"), true, false),
                                                literal(QStringLiteral(" your tools"))}),
            paragraph(Paragraph::Kind::Numbered, {literal(QStringLiteral("Open the dashboard"))}),
            paragraph(Paragraph::Kind::Numbered, {literal(QStringLiteral("Create your first project"))}),
        };
    });
    add(design, BlockKind::Button, [](Block &b) {
        b.align = BlockAlign::Center;
        b.line = {literal(QStringLiteral("Open your dashboard"))};
        b.buttonUrl = {literal(QStringLiteral("https://example.com/start?user=")),
                       placeholder(QStringLiteral("id"), QStringLiteral("new"))};
    });
    add(design, BlockKind::Divider, [](Block &) {});
    add(design, BlockKind::Spacer, [](Block &b) { b.spacerHeight = 32; });
    add(design, BlockKind::CustomHtml, [](Block &b) {
        b.html =
            QStringLiteral("<p style=\"margin:0 0 12px 0;\">Your plan: <strong>{{metadata_public.plan|Free}}"
                           "</strong></p>");
    });
    add(design, BlockKind::Footer, [&](Block &b) {
        b.text = {
            paragraph(normal,
                      {literal(QStringLiteral("Acme Inc., 1 Example Street, 10115 Berlin, Germany"))}),
            paragraph(normal, {literal(QStringLiteral("You get this email because you signed up at ")),
                               formatted(QStringLiteral("example.com"), false, false,
                                         QStringLiteral("https://example.com"))}),
        };
    });
    return design;
}

Theme sampleTheme()
{
    Theme theme;
    theme.logoUrl = QStringLiteral("https://cdn.example.com/logo.png");
    return theme;
}

PlaceholderValues sampleValues()
{
    return {
        {QStringLiteral("traits.name.first"), QStringLiteral("Jane")},
        {QStringLiteral("traits.name.last"), QStringLiteral("Doe")},
        {QStringLiteral("traits.email"), QStringLiteral("jane@example.com")},
        {QStringLiteral("address"), QStringLiteral("jane@example.com")},
        {QStringLiteral("id"), QStringLiteral("9f425a8d-7bd4-4ff6-8e4f-3f0c6e5b6a1c")},
        {QStringLiteral("metadata_public.plan"), QStringLiteral("Team")},
    };
}

bool write(const QString &path, const QString &html, QTextStream &err)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(html.toUtf8()) < 0) {
        err << "Cannot write " << path << ": " << file.errorString() << '\n';
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        err << "Usage: hookmail-design-html OUTDIR   (writes default.html and all-blocks.html)\n";
        return 2;
    }
    const QDir dir(args.at(1));
    if (!QDir().mkpath(dir.absolutePath())) {
        err << "Cannot create " << dir.absolutePath() << '\n';
        return 1;
    }
    const Theme theme = sampleTheme();
    const PlaceholderValues values = sampleValues();
    const QList<std::pair<QString, EmailDesign>> designs = {
        {QStringLiteral("default.html"), defaultWelcomeDesign()},
        {QStringLiteral("all-blocks.html"), allBlocksDesign()},
    };
    for (const auto &[name, design] : designs) {
        const QString path = dir.filePath(name);
        if (!write(path, DesignGenerator::html(design, theme, values), err))
            return 1;
        out << path << '\n';
    }
    return 0;
}
