// TemplateSize: the meter of Ory's 64 KiB input limit (template twice - snippet and base64 body URI - plus
// ctx, after Go's JSON encoding) for a template and a ctx.
#include "core/design/DesignGenerator.h"
#include "core/model/SampleContext.h"
#include "core/render/RenderService.h"
#include "core/render/TemplateSize.h"

#include <QJsonDocument>
#include <QTest>

using namespace hookmail;
using namespace Qt::StringLiterals;

namespace {
QJsonObject sampleCtx()
{
    return buildSampleContext(*HookPoint::parse(u"registration/after/password"_s),
                              findIdentityPreset(u"default"_s)->identity, {});
}
} // namespace

class TestTemplateSize : public QObject
{
    Q_OBJECT
private slots:
    void limitsAreOrys()
    {
        const TemplateSize size;
        QCOMPARE(size.limit, qsizetype(65536));
        QCOMPARE(size.warnAt, qsizetype(49152));
    }

    void sameAsTheRenderersMeasure()
    {
        Action action = newAction(u"Welcome"_s);
        const QJsonObject ctx = sampleCtx();
        const TemplateSize size = templateSize(action, ctx);
        QCOMPARE(size.bytes, oryInputSizeFor(action, QJsonDocument(ctx).toJson(QJsonDocument::Compact)));
        // The hook id of the usual length: the source-only form gives the same number.
        QCOMPARE(templateSize(action.templateSource, ctx).bytes, size.bytes);
        QVERIFY(!size.nearLimit());
        QVERIFY(size.fraction() > 0.1 && size.fraction() < 0.75);
    }

    void templateCountsTwiceAndCtxOnce()
    {
        const QJsonObject ctx = sampleCtx();
        const QString base = u"function(ctx) {}"_s;
        const qsizetype empty = templateSize(base, ctx).bytes;
        // 3000 plain bytes: 3000 in the snippet, 4000 in the base64 body URI.
        const qsizetype grown = templateSize(base + QString(3000, u'a'), ctx).bytes;
        QCOMPARE(grown - empty, qsizetype(3000 + 4000));
        // '<' is escaped by Go's encoder in the snippet (\u003c: 6 bytes), and a line break is \n (2 bytes).
        const qsizetype lt = templateSize(base + QString(3000, u'<'), ctx).bytes;
        QCOMPARE(lt - grown, qsizetype(3000 * 5));
        const qsizetype lines = templateSize(base + QString(3000, u'\n'), ctx).bytes;
        QCOMPARE(lines - grown, qsizetype(3000));
        // The ctx counts once: a bigger identity grows the input by its encoded size (the ctx is itself a JSON
        // string inside the worker's input, so its quotes count twice).
        QJsonObject bigger = ctx;
        QJsonObject identity = bigger.value(u"identity"_s).toObject();
        identity.insert(u"note"_s, QString(1000, u'x'));
        bigger.insert(u"identity"_s, identity);
        const qsizetype withNote = templateSize(base, bigger).bytes;
        QCOMPARE(withNote - empty, qsizetype(QByteArray(R"(,\"note\":\"\")").size() + 1000));
    }

    void warnsBeforeTheLimit()
    {
        const QJsonObject ctx = sampleCtx();
        const qsizetype empty = templateSize(u"function(ctx) {}"_s, ctx).bytes;
        // Each plain byte costs 7/3 bytes of input: aim just below, just above the warning and over the
        // limit.
        auto withPadding = [&](qsizetype target) {
            const qsizetype padding = (target - empty) * 3 / 7;
            return templateSize(u"function(ctx) {}\n//"_s + QString(padding, u'a'), ctx);
        };
        const TemplateSize below = withPadding(49000);
        QVERIFY2(!below.nearLimit() && !below.overLimit(), qPrintable(QString::number(below.bytes)));
        const TemplateSize near = withPadding(50000);
        QVERIFY(near.nearLimit());
        QVERIFY(!near.overLimit());
        const TemplateSize over = withPadding(70000);
        QVERIFY(over.overLimit());
        QVERIFY(over.fraction() > 1.0);
    }

    void designedEmailsFitWithRoom()
    {
        // The default design and its size: a designed email leaves most of the input to the ctx.
        const QString source = DesignGenerator::jsonnet(defaultWelcomeDesign(), Theme{});
        const TemplateSize size = templateSize(source, sampleCtx());
        QVERIFY2(size.fraction() < 0.5, qPrintable(QString::number(size.bytes)));
    }
};

QTEST_GUILESS_MAIN(TestTemplateSize)
#include "tst_templatesize.moc"
