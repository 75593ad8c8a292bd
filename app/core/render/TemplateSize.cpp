#include "core/render/TemplateSize.h"

#include "core/render/RenderService.h"

#include <QJsonDocument>

namespace hookmail {

TemplateSize templateSize(const Action &action, const QJsonObject &ctx)
{
    TemplateSize size;
    size.bytes = oryInputSizeFor(action, QJsonDocument(ctx).toJson(QJsonDocument::Compact));
    return size;
}

TemplateSize templateSize(const QString &source, const QJsonObject &ctx)
{
    Action action;
    action.templateSource = source;
    action.hookId = QStringLiteral("hookmail-00000000-0000-4000-8000-000000000000"); // as newAction() makes
    return templateSize(action, ctx);
}

} // namespace hookmail
