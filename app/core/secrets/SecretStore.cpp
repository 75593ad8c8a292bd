#include "core/secrets/SecretStore.h"

#include <QEventLoop>
#include <QTimer>

namespace hookmail {

QString SecretStore::slotKey(Slot slot)
{
    switch (slot) {
    case Slot::MandrillKey:
        return QStringLiteral("mandrill-api-key");
    case Slot::OryWorkspaceKey:
        return QStringLiteral("ory-workspace-api-key");
    }
    return {};
}

Result<QString> SecretStore::readAndWait(Slot slot)
{
    std::optional<Result<QString>> out;
    QEventLoop loop;
    read(slot, [&](Result<QString> r) {
        out = std::move(r);
        loop.quit();
    });
    if (!out)
        loop.exec();
    return *out;
}

Status SecretStore::writeAndWait(Slot slot, const QString &secret)
{
    std::optional<Status> out;
    QEventLoop loop;
    write(slot, secret, [&](Status r) {
        out = std::move(r);
        loop.quit();
    });
    if (!out)
        loop.exec();
    return *out;
}

Status SecretStore::removeAndWait(Slot slot)
{
    std::optional<Status> out;
    QEventLoop loop;
    remove(slot, [&](Status r) {
        out = std::move(r);
        loop.quit();
    });
    if (!out)
        loop.exec();
    return *out;
}

QString MemorySecretStore::backendName() const
{
    return tr("memory (this run only)");
}

void MemorySecretStore::read(Slot slot, ReadCallback done)
{
    const QString value = m_values.value(int(slot));
    QTimer::singleShot(0, this, [done = std::move(done), value] { done(value); });
}

void MemorySecretStore::write(Slot slot, const QString &secret, WriteCallback done)
{
    m_values.insert(int(slot), secret);
    QTimer::singleShot(0, this, [done = std::move(done)] { done(Ok{}); });
}

void MemorySecretStore::remove(Slot slot, WriteCallback done)
{
    m_values.remove(int(slot));
    QTimer::singleShot(0, this, [done = std::move(done)] { done(Ok{}); });
}

} // namespace hookmail

// Explicit moc include: keeps this class out of mocs_compilation.cpp (faster builds, and linking it never
// drags in the meta-objects of unrelated headers).
#include "moc_SecretStore.cpp"
