#pragma once

#include <QObject>
#include <QStringList>

namespace hookmail {

// The identity fields the sample person offers ("traits.name.first", "address"…), shared by every "Insert
// field" menu of the designer so one setIdentityFields() updates them all.
class FieldCatalog : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void setFields(const QStringList &paths);
    const QStringList &fields() const { return m_fields; }
    // The fallback a new placeholder starts with ("there" for a first name: "Hi there,").
    static QString suggestedFallback(const QString &path);

signals:
    void fieldsChanged();

private:
    QStringList m_fields;
};

} // namespace hookmail
