#include "BadTemplateCorpus.h"

#include "TestEnv.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace hookmail::test {

QString badTemplatesDir()
{
    return testDataDir() + QStringLiteral("/bad-templates");
}

QJsonArray badTemplateCases()
{
    return QJsonDocument::fromJson(readFile(badTemplatesDir() + QStringLiteral("/expected.json")))
        .object()
        .value(u"cases")
        .toArray();
}

void addBadTemplateRows()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("line");
    for (const QJsonValue &v : badTemplateCases()) {
        const QJsonObject c = v.toObject();
        const QString file = c.value(u"file").toString();
        QTest::newRow(qPrintable(file)) << file << c.value(u"kind").toString() << c.value(u"line").toInt(0);
    }
}

} // namespace hookmail::test
