#include "core/secrets/SessionSecretStore.h"

#include "core/secrets/KeychainSecretStore.h"

namespace hookmail {

SessionSecretStore::SessionSecretStore(QObject *parent) : SessionSecretStore(new KeychainSecretStore, parent)
{}

SessionSecretStore::SessionSecretStore(SecretStore *primary, QObject *parent)
    : SecretStore(parent), m_primary(primary), m_memory(new MemorySecretStore(this))
{
    m_primary->setParent(this);
    m_sessionOnly = !m_primary->isAvailable();
}

QString SessionSecretStore::backendName() const
{
    return m_sessionOnly ? tr("this run only (no keychain available)") : m_primary->backendName();
}

QString SessionSecretStore::stateDescription() const
{
    if (!m_sessionOnly)
        return tr("Keys are stored in the %1 and read back when Hookmail starts.")
            .arg(m_primary->backendName());
    return KeychainSecretStore::unavailableMessage() + QLatin1Char(' ') +
           tr("Until then Hookmail keeps the key in memory for this run only: it is forgotten when you quit "
              "and is "
              "never written to disk.");
}

void SessionSecretStore::switchToSessionOnly()
{
    if (m_sessionOnly)
        return;
    m_sessionOnly = true;
    emit sessionOnlyChanged(true);
}

void SessionSecretStore::probe(std::function<void(bool)> done)
{
    auto *keychain = qobject_cast<KeychainSecretStore *>(m_primary);
    if (!keychain) {
        m_sessionOnly = !m_primary->isAvailable();
        done(m_sessionOnly);
        return;
    }
    keychain->probe([this, done = std::move(done)](bool available) {
        if (!available)
            switchToSessionOnly();
        done(m_sessionOnly);
    });
}

void SessionSecretStore::read(Slot slot, ReadCallback done)
{
    if (m_sessionOnly) {
        m_memory->read(slot, std::move(done));
        return;
    }
    m_primary->read(slot, [this, slot, done = std::move(done)](Result<QString> r) {
        if (!r && r.error().is(ErrorCode::KeychainUnavailable)) {
            switchToSessionOnly();
            m_memory->read(slot, done);
            return;
        }
        done(std::move(r));
    });
}

void SessionSecretStore::write(Slot slot, const QString &secret, WriteCallback done)
{
    if (m_sessionOnly) {
        m_memory->write(slot, secret, std::move(done));
        return;
    }
    m_primary->write(slot, secret, [this, slot, secret, done = std::move(done)](Status r) {
        if (!r && r.error().is(ErrorCode::KeychainUnavailable)) {
            switchToSessionOnly(); // the UI shows isSessionOnly() after every save
            m_memory->write(slot, secret, done);
            return;
        }
        done(std::move(r));
    });
}

void SessionSecretStore::remove(Slot slot, WriteCallback done)
{
    if (m_sessionOnly) {
        m_memory->remove(slot, std::move(done));
        return;
    }
    m_memory->remove(slot, [](Status) {});
    m_primary->remove(slot, std::move(done));
}

} // namespace hookmail

// Explicit moc include: keeps this class out of mocs_compilation.cpp (faster builds, and linking it never
// drags in the meta-objects of unrelated headers).
#include "moc_SessionSecretStore.cpp"
