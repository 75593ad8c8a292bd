// The design and the theme in the .hookmail file (format version 2). Written compactly (only what differs
// from the defaults, literal runs as plain strings) and read strictly: an error names the field by its path,
// e.g. "actions[0].design.blocks[2].kind", and says what it must be.
#include "core/design/DesignGenerator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

using namespace Qt::StringLiterals;

namespace hookmail {

namespace {
// Named context for free functions: lupdate files Tr::tr() strings under it, the same context the lookup
// uses.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DesignJson)
};

Error wrongType(const QString &path, const QString &expected)
{
    return Error{
        Tr::tr("The field \"%1\" must be %2.").arg(path, expected), {}, errorCodeName(ErrorCode::WrongType)};
}

Error badValue(const QString &message)
{
    return Error{message, {}, errorCodeName(ErrorCode::BadValue)};
}

const QList<std::pair<BlockKind, QString>> &kindNames()
{
    static const QList<std::pair<BlockKind, QString>> names = {
        {BlockKind::Image, u"image"_s},     {BlockKind::Heading, u"heading"_s},
        {BlockKind::Text, u"text"_s},       {BlockKind::Button, u"button"_s},
        {BlockKind::Divider, u"divider"_s}, {BlockKind::Spacer, u"spacer"_s},
        {BlockKind::Footer, u"footer"_s},   {BlockKind::CustomHtml, u"customHtml"_s}};
    return names;
}

QString kindName(BlockKind kind)
{
    for (const auto &[k, name] : kindNames()) {
        if (k == kind)
            return name;
    }
    return {};
}

QString alignName(BlockAlign align)
{
    return align == BlockAlign::Center ? u"center"_s : align == BlockAlign::Right ? u"right"_s : u"left"_s;
}

QString paragraphKindName(Paragraph::Kind kind)
{
    return kind == Paragraph::Kind::Bullet     ? u"bullet"_s
           : kind == Paragraph::Kind::Numbered ? u"numbered"_s
                                               : u"normal"_s;
}

// Reads fields of one JSON object; `path` is the object's path ("actions[0].design.envelope"). Absent or null
// fields keep the target's value.
class Reader
{
public:
    Reader(const QJsonObject &json, QString path) : m_json(json), m_path(std::move(path)) {}

    QString at(const QString &key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }
    bool has(const QString &key) const
    {
        const QJsonValue v = m_json.value(key);
        return !v.isUndefined() && !v.isNull();
    }

    std::optional<Error> string(const QString &key, QString *target) const
    {
        if (!has(key))
            return std::nullopt;
        const QJsonValue v = m_json.value(key);
        if (!v.isString())
            return wrongType(at(key), Tr::tr("text"));
        *target = v.toString();
        return std::nullopt;
    }
    std::optional<Error> boolean(const QString &key, bool *target) const
    {
        if (!has(key))
            return std::nullopt;
        const QJsonValue v = m_json.value(key);
        if (!v.isBool())
            return wrongType(at(key), Tr::tr("true or false"));
        *target = v.toBool();
        return std::nullopt;
    }
    std::optional<Error> integer(const QString &key, int min, int max, int *target) const
    {
        if (!has(key))
            return std::nullopt;
        const QJsonValue v = m_json.value(key);
        const double d = v.toDouble();
        if (!v.isDouble() || !std::isfinite(d) || std::floor(d) != d)
            return wrongType(at(key), Tr::tr("a whole number"));
        if (d < min || d > max)
            return badValue(Tr::tr("The field \"%1\" must be between %2 and %3, not %4.")
                                .arg(at(key))
                                .arg(min)
                                .arg(max)
                                .arg(d));
        *target = int(d);
        return std::nullopt;
    }
    std::optional<Error> stringList(const QString &key, QStringList *target) const
    {
        if (!has(key))
            return std::nullopt;
        const QJsonValue v = m_json.value(key);
        if (!v.isArray())
            return wrongType(at(key), Tr::tr("a list of texts"));
        QStringList out;
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString())
                return wrongType(at(key) + u'[' + QString::number(i) + u']', Tr::tr("text"));
            out << array.at(i).toString();
        }
        *target = out;
        return std::nullopt;
    }
    std::optional<Error> array(const QString &key, QJsonArray *target) const
    {
        if (!has(key))
            return std::nullopt;
        const QJsonValue v = m_json.value(key);
        if (!v.isArray())
            return wrongType(at(key), Tr::tr("a list"));
        *target = v.toArray();
        return std::nullopt;
    }
    std::optional<Error> object(const QString &key, QJsonObject *target) const
    {
        if (!has(key))
            return std::nullopt;
        const QJsonValue v = m_json.value(key);
        if (!v.isObject())
            return wrongType(at(key), Tr::tr("an object"));
        *target = v.toObject();
        return std::nullopt;
    }
    std::optional<Error> inlineText(const QString &key, InlineText *target) const;
    std::optional<Error> richText(const QString &key, RichText *target) const;

private:
    QJsonObject m_json;
    QString m_path;
};

// ---- writing ---------------------------------------------------------------------------------------------

QJsonValue runToJson(const Inline &run)
{
    if (!run.placeholder && !run.bold && !run.italic && run.link.isEmpty())
        return run.text;
    QJsonObject o;
    if (run.placeholder) {
        o.insert(u"field"_s, run.placeholder->field);
        if (!run.placeholder->fallback.isEmpty())
            o.insert(u"fallback"_s, run.placeholder->fallback);
    } else {
        o.insert(u"text"_s, run.text);
    }
    if (run.bold)
        o.insert(u"bold"_s, true);
    if (run.italic)
        o.insert(u"italic"_s, true);
    if (!run.link.isEmpty())
        o.insert(u"link"_s, run.link);
    return o;
}

QJsonArray inlineToJson(const QList<Inline> &runs)
{
    QJsonArray out;
    for (const Inline &run : runs)
        out.append(runToJson(run));
    return out;
}

QJsonArray richToJson(const RichText &text)
{
    QJsonArray out;
    for (const Paragraph &p : text) {
        QJsonObject o;
        if (p.kind != Paragraph::Kind::Normal)
            o.insert(u"kind"_s, paragraphKindName(p.kind));
        o.insert(u"runs"_s, inlineToJson(p.runs));
        out.append(o);
    }
    return out;
}

QJsonObject blockToJson(const Block &block)
{
    const Block d;
    QJsonObject o;
    o.insert(u"id"_s, block.id);
    o.insert(u"kind"_s, kindName(block.kind));
    // Every field that differs from the default, whatever the kind, so a block always reads back equal.
    if (block.align != d.align)
        o.insert(u"align"_s, alignName(block.align));
    if (block.useThemeLogo != d.useThemeLogo)
        o.insert(u"useThemeLogo"_s, block.useThemeLogo);
    if (block.imageUrl != d.imageUrl)
        o.insert(u"imageUrl"_s, block.imageUrl);
    if (block.altText != d.altText)
        o.insert(u"altText"_s, block.altText);
    if (block.imageWidth != d.imageWidth)
        o.insert(u"imageWidth"_s, block.imageWidth);
    if (block.imageLink != d.imageLink)
        o.insert(u"imageLink"_s, block.imageLink);
    if (block.line != d.line)
        o.insert(u"line"_s, inlineToJson(block.line));
    if (block.headingLevel != d.headingLevel)
        o.insert(u"headingLevel"_s, block.headingLevel);
    if (block.text != d.text)
        o.insert(u"text"_s, richToJson(block.text));
    if (block.buttonUrl != d.buttonUrl)
        o.insert(u"buttonUrl"_s, inlineToJson(block.buttonUrl));
    if (block.spacerHeight != d.spacerHeight)
        o.insert(u"spacerHeight"_s, block.spacerHeight);
    if (block.html != d.html)
        o.insert(u"html"_s, block.html);
    return o;
}

// ---- reading ---------------------------------------------------------------------------------------------

Result<Inline> runFromJson(const QJsonValue &value, const QString &path)
{
    Inline run;
    if (value.isString()) {
        run.text = value.toString();
        return run;
    }
    if (!value.isObject())
        return wrongType(path, Tr::tr("text or an object"));
    const Reader r(value.toObject(), path);
    if (r.has(u"field"_s)) {
        Placeholder placeholder;
        if (auto e = r.string(u"field"_s, &placeholder.field))
            return *e;
        if (placeholder.field.trimmed().isEmpty())
            return badValue(
                Tr::tr("The field \"%1\" must name a field of the person, e.g. \"traits.name.first\".")
                    .arg(r.at(u"field"_s)));
        if (auto e = r.string(u"fallback"_s, &placeholder.fallback))
            return *e;
        run.placeholder = placeholder;
    } else if (auto e = r.string(u"text"_s, &run.text)) {
        return *e;
    }
    if (auto e = r.boolean(u"bold"_s, &run.bold))
        return *e;
    if (auto e = r.boolean(u"italic"_s, &run.italic))
        return *e;
    if (auto e = r.string(u"link"_s, &run.link))
        return *e;
    return run;
}

std::optional<Error> Reader::inlineText(const QString &key, InlineText *target) const
{
    QJsonArray array;
    if (auto e = this->array(key, &array))
        return e;
    if (!has(key))
        return std::nullopt;
    InlineText out;
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto run = runFromJson(array.at(i), at(key) + u'[' + QString::number(i) + u']');
        if (!run)
            return run.error();
        out << run.value();
    }
    *target = out;
    return std::nullopt;
}

std::optional<Error> Reader::richText(const QString &key, RichText *target) const
{
    QJsonArray array;
    if (auto e = this->array(key, &array))
        return e;
    if (!has(key))
        return std::nullopt;
    RichText out;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = at(key) + u'[' + QString::number(i) + u']';
        if (!array.at(i).isObject())
            return wrongType(path, Tr::tr("an object"));
        const Reader r(array.at(i).toObject(), path);
        Paragraph p;
        QString kind = u"normal"_s;
        if (auto e = r.string(u"kind"_s, &kind))
            return e;
        if (kind == u"bullet")
            p.kind = Paragraph::Kind::Bullet;
        else if (kind == u"numbered")
            p.kind = Paragraph::Kind::Numbered;
        else if (kind != u"normal")
            return badValue(
                Tr::tr("The field \"%1\" must be \"normal\", \"bullet\" or \"numbered\", not \"%2\".")
                    .arg(r.at(u"kind"_s), kind));
        if (auto e = r.inlineText(u"runs"_s, &p.runs))
            return e;
        out << p;
    }
    *target = out;
    return std::nullopt;
}

Result<Block> blockFromJson(const QJsonObject &json, const QString &path)
{
    const Reader r(json, path);
    Block block;
    if (!r.has(u"id"_s))
        return badValue(Tr::tr("The block \"%1\" has no \"id\".").arg(path));
    if (auto e = r.string(u"id"_s, &block.id))
        return *e;
    if (block.id.isEmpty())
        return badValue(Tr::tr("The field \"%1\" must not be empty.").arg(r.at(u"id"_s)));
    QString kind;
    if (!r.has(u"kind"_s))
        return badValue(Tr::tr("The block \"%1\" has no \"kind\".").arg(path));
    if (auto e = r.string(u"kind"_s, &kind))
        return *e;
    bool known = false;
    QStringList names;
    for (const auto &[k, name] : kindNames()) {
        names << u'"' + name + u'"';
        if (name == kind) {
            block.kind = k;
            known = true;
        }
    }
    if (!known)
        return badValue(Tr::tr("The field \"%1\" holds \"%2\", which is not a kind of block (use %3).")
                            .arg(r.at(u"kind"_s), kind, names.join(u", "_s)));
    QString align = u"left"_s;
    if (auto e = r.string(u"align"_s, &align))
        return *e;
    if (align == u"center")
        block.align = BlockAlign::Center;
    else if (align == u"right")
        block.align = BlockAlign::Right;
    else if (align != u"left")
        return badValue(Tr::tr("The field \"%1\" must be \"left\", \"center\" or \"right\", not \"%2\".")
                            .arg(r.at(u"align"_s), align));
    if (auto e = r.boolean(u"useThemeLogo"_s, &block.useThemeLogo))
        return *e;
    for (const auto &[key, target] :
         {std::pair{u"imageUrl"_s, &block.imageUrl}, std::pair{u"altText"_s, &block.altText},
          std::pair{u"imageLink"_s, &block.imageLink}, std::pair{u"html"_s, &block.html}}) {
        if (auto e = r.string(key, target))
            return *e;
    }
    if (auto e = r.integer(u"imageWidth"_s, 0, 2000, &block.imageWidth))
        return *e;
    if (auto e = r.integer(u"headingLevel"_s, 1, 3, &block.headingLevel))
        return *e;
    if (auto e = r.integer(u"spacerHeight"_s, 0, 400, &block.spacerHeight))
        return *e;
    if (auto e = r.inlineText(u"line"_s, &block.line))
        return *e;
    if (auto e = r.inlineText(u"buttonUrl"_s, &block.buttonUrl))
        return *e;
    if (auto e = r.richText(u"text"_s, &block.text))
        return *e;
    return block;
}

bool isColor(const QString &text)
{
    static const QRegularExpression re(u"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"_s);
    return re.match(text).hasMatch();
}

} // namespace

QJsonObject designToJson(const EmailDesign &design)
{
    const Envelope &e = design.envelope;
    QJsonObject envelope;
    envelope.insert(u"fromEmail"_s, e.fromEmail);
    envelope.insert(u"fromName"_s, inlineToJson(e.fromName));
    envelope.insert(u"replyTo"_s, e.replyTo);
    envelope.insert(u"subject"_s, inlineToJson(e.subject));
    envelope.insert(u"preheader"_s, inlineToJson(e.preheader));
    envelope.insert(u"tags"_s, QJsonArray::fromStringList(e.tags));
    envelope.insert(u"recipientSources"_s, QJsonArray::fromStringList(e.recipientSources));
    envelope.insert(u"recipientName"_s, inlineToJson(e.recipientName));
    envelope.insert(u"fallbackRecipient"_s, e.fallbackRecipient);
    QJsonArray blocks;
    for (const Block &block : design.blocks)
        blocks.append(blockToJson(block));
    QJsonObject json;
    json.insert(u"language"_s, design.language);
    json.insert(u"envelope"_s, envelope);
    json.insert(u"blocks"_s, blocks);
    if (design.plainTextOverride)
        json.insert(u"plainTextOverride"_s, richToJson(*design.plainTextOverride));
    return json;
}

Result<EmailDesign> designFromJson(const QJsonObject &json, const QString &path)
{
    EmailDesign design;
    const Reader r(json, path);
    if (auto e = r.string(u"language"_s, &design.language))
        return *e;
    QJsonObject envelopeJson;
    if (auto e = r.object(u"envelope"_s, &envelopeJson))
        return *e;
    const Reader env(envelopeJson, r.at(u"envelope"_s));
    Envelope &e = design.envelope;
    for (const auto &[key, target] :
         {std::pair{u"fromEmail"_s, &e.fromEmail}, std::pair{u"replyTo"_s, &e.replyTo},
          std::pair{u"fallbackRecipient"_s, &e.fallbackRecipient}}) {
        if (auto error = env.string(key, target))
            return *error;
    }
    for (const auto &[key, target] :
         {std::pair{u"fromName"_s, &e.fromName}, std::pair{u"subject"_s, &e.subject},
          std::pair{u"preheader"_s, &e.preheader}, std::pair{u"recipientName"_s, &e.recipientName}}) {
        if (auto error = env.inlineText(key, target))
            return *error;
    }
    if (auto error = env.stringList(u"tags"_s, &e.tags))
        return *error;
    if (auto error = env.stringList(u"recipientSources"_s, &e.recipientSources))
        return *error;
    for (const QString &source : std::as_const(e.recipientSources)) {
        if (source != u"verified" && source != u"address" &&
            !(source.startsWith(u"trait:") && source.size() > 6))
            return badValue(Tr::tr("The field \"%1\" holds \"%2\"; use \"verified\", \"address\" or "
                                   "\"trait:<name>\".")
                                .arg(env.at(u"recipientSources"_s), source));
    }
    QJsonArray blocks;
    if (auto error = r.array(u"blocks"_s, &blocks))
        return *error;
    QSet<QString> ids;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const QString blockPath = r.at(u"blocks"_s) + u'[' + QString::number(i) + u']';
        if (!blocks.at(i).isObject())
            return wrongType(blockPath, Tr::tr("an object"));
        auto block = blockFromJson(blocks.at(i).toObject(), blockPath);
        if (!block)
            return block.error();
        if (ids.contains(block->id))
            return badValue(
                Tr::tr("The field \"%1.id\" holds \"%2\", which another block already has; block ids "
                       "must be unique.")
                    .arg(blockPath, block->id));
        ids.insert(block->id);
        design.blocks << block.value();
    }
    if (r.has(u"plainTextOverride"_s)) {
        RichText text;
        if (auto error = r.richText(u"plainTextOverride"_s, &text))
            return *error;
        design.plainTextOverride = text;
    }
    return design;
}

QJsonObject themeToJson(const Theme &theme)
{
    QJsonObject json;
    json.insert(u"brandColor"_s, theme.brandColor);
    json.insert(u"textColor"_s, theme.textColor);
    json.insert(u"pageBackground"_s, theme.pageBackground);
    json.insert(u"contentBackground"_s, theme.contentBackground);
    json.insert(u"fontStack"_s, theme.fontStack);
    json.insert(u"contentWidth"_s, theme.contentWidth);
    json.insert(u"cornerRadius"_s, theme.cornerRadius);
    json.insert(u"logoUrl"_s, theme.logoUrl);
    return json;
}

Result<Theme> themeFromJson(const QJsonObject &json, const QString &path)
{
    Theme theme;
    const Reader r(json, path);
    for (const auto &[key, target] :
         {std::pair{u"brandColor"_s, &theme.brandColor}, std::pair{u"textColor"_s, &theme.textColor},
          std::pair{u"pageBackground"_s, &theme.pageBackground},
          std::pair{u"contentBackground"_s, &theme.contentBackground}}) {
        if (auto e = r.string(key, target))
            return *e;
        if (!isColor(*target))
            return badValue(Tr::tr("The field \"%1\" must be a colour like \"#3b5bdb\", not \"%2\".")
                                .arg(r.at(key), *target));
    }
    if (auto e = r.string(u"fontStack"_s, &theme.fontStack))
        return *e;
    if (!Theme::webSafeFontStacks().contains(theme.fontStack))
        return badValue(
            Tr::tr("The field \"%1\" holds \"%2\", which is not one of the web-safe fonts (%3).")
                .arg(r.at(u"fontStack"_s), theme.fontStack, Theme::webSafeFontStacks().join(u"; "_s)));
    if (auto e = r.integer(u"contentWidth"_s, 480, 800, &theme.contentWidth))
        return *e;
    if (auto e = r.integer(u"cornerRadius"_s, 0, 24, &theme.cornerRadius))
        return *e;
    if (auto e = r.string(u"logoUrl"_s, &theme.logoUrl))
        return *e;
    return theme;
}

} // namespace hookmail
