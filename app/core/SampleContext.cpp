#include "SampleContext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace hookmail {

QList<IdentityPreset> identityPresets()
{
    static const QList<IdentityPreset> presets = [] {
        QList<IdentityPreset> list;
        const QDir dir(u":/hookmail/identities"_s);
        for (const QString &fileName : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(fileName));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
            IdentityPreset preset;
            preset.name = json.value(u"name"_s).toString();
            preset.title = json.value(u"title"_s).toString();
            preset.description = json.value(u"description"_s).toString();
            preset.locale = json.value(u"locale"_s).toString();
            preset.identity = json.value(u"identity"_s).toObject();
            Q_ASSERT_X(!preset.name.isEmpty(), "identityPresets", qPrintable(fileName));
            if (!preset.name.isEmpty())
                list << preset;
        }
        // "default" first: it is what a new project starts with.
        std::stable_sort(list.begin(), list.end(), [](const IdentityPreset &a, const IdentityPreset &b) {
            return (a.name == u"default") > (b.name == u"default");
        });
        return list;
    }();
    return presets;
}

std::optional<IdentityPreset> findIdentityPreset(const QString &name)
{
    for (const IdentityPreset &preset : identityPresets()) {
        if (preset.name == name)
            return preset;
    }
    return std::nullopt;
}

} // namespace hookmail
