#include "design/FieldCatalog.h"

namespace hookmail {

void FieldCatalog::setFields(const QStringList &paths)
{
    if (paths == m_fields)
        return;
    m_fields = paths;
    emit fieldsChanged();
}

QString FieldCatalog::suggestedFallback(const QString &path)
{
    if (path.endsWith(u".first") || path.endsWith(u"first_name") || path == u"traits.name" ||
        path.endsWith(u"given_name"))
        return tr("there");
    return {};
}

} // namespace hookmail
