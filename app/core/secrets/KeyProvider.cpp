#include "core/secrets/KeyProvider.h"

#include "core/common/WaitForResult.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace hookmail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Secrets)
};

QString environmentValue(const QString &variable)
{
    return qEnvironmentVariable(variable.toLatin1().constData()).trimmed();
}

} // namespace

KeyProvider::KeyProvider(SecretStore *store, QObject *parent) : QObject(parent), m_store(store) {}

KeyProvider *KeyProvider::of(SecretStore *store)
{
    if (!store)
        return nullptr;
    if (auto *existing = store->findChild<KeyProvider *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new KeyProvider(store, store);
}

QString KeyProvider::environmentVariable(Slot slot)
{
    switch (slot) {
    case Slot::MandrillKey:
        return QStringLiteral("HOOKMAIL_MANDRILL_KEY");
    case Slot::OryWorkspaceKey:
        return QStringLiteral("HOOKMAIL_ORY_KEY");
    }
    return {};
}

QString KeyProvider::environmentKey(Slot slot)
{
    return environmentValue(environmentVariable(slot));
}

void KeyProvider::setRunOnlyKey(Slot slot, const QString &key)
{
    m_runOnly.insert(int(slot), key.trimmed());
}

Result<ResolvedSecret> KeyProvider::decide(Slot slot, const Result<QString> &stored) const
{
    if (stored && !stored->trimmed().isEmpty())
        return ResolvedSecret{stored->trimmed(), QStringLiteral("keychain")};
    if (const QString runOnly = m_runOnly.value(int(slot)); !runOnly.isEmpty())
        return ResolvedSecret{runOnly, QStringLiteral("this run")};
    const QString variable = environmentVariable(slot);
    const QString what = slot == Slot::MandrillKey ? Tr::tr("Mandrill key") : Tr::tr("Ory workspace key");
    if (!stored)
        return Error::of(ErrorCode::NoKey,
                         Tr::tr("Could not read the %1 from the keychain: %2 You can also set %3 for the "
                                "command line.")
                             .arg(what, stored.error().message, variable),
                         stored.error().detail);
    return Error::of(ErrorCode::NoKey,
                     Tr::tr("No %1 is set. Save it in Hookmail (Settings → %1) or set %2 for "
                            "the command line.")
                         .arg(what, variable));
}

void KeyProvider::key(Slot slot, QObject *context, Callback done)
{
    QPointer<QObject> guard(context ? context : this);
    QPointer<KeyProvider> self(this);
    const QString variable = environmentVariable(slot);
    if (const QString fromEnv = environmentValue(variable); !fromEnv.isEmpty()) {
        QTimer::singleShot(0, guard, [done, value = ResolvedSecret{fromEnv, variable}] { done(value); });
        return;
    }
    if (!m_store) {
        QTimer::singleShot(0, guard, [self, slot, done] {
            if (self)
                done(self->decide(slot, QString()));
        });
        return;
    }
    if (const auto remembered = m_storeAnswers.constFind(int(slot)); remembered != m_storeAnswers.cend()) {
        QTimer::singleShot(0, guard, [self, slot, done, stored = remembered.value()] {
            if (self)
                done(self->decide(slot, stored));
        });
        return;
    }
    m_store->read(slot, [self, slot, guard, done](Result<QString> stored) {
        if (self && self->m_remember)
            self->m_storeAnswers.insert(int(slot), stored);
        if (self && guard)
            done(self->decide(slot, stored));
    });
}

Result<ResolvedSecret> KeyProvider::keyAndWait(Slot slot)
{
    return waitForResult<ResolvedSecret>([this, slot](auto cb) { key(slot, this, cb); });
}

} // namespace hookmail

#include "moc_KeyProvider.cpp"
