#include "core/secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

namespace hookmail {

namespace {

// Named context for free functions: lupdate files Tr::tr() strings under it, the same context the lookup
// uses.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Keychain)
};

// QtKeychain's Linux back-ends report a missing Secret Service as OtherError with D-Bus wording.
bool meansNoBackend(QKeychain::Error error, const QString &text)
{
    if (error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented)
        return true;
    return error == QKeychain::OtherError &&
           (text.contains(u"org.freedesktop.secrets") || text.contains(u"ServiceUnknown") ||
            text.contains(u"Cannot autolaunch", Qt::CaseInsensitive) ||
            text.contains(u"Could not connect", Qt::CaseInsensitive) ||
            text.contains(u"D-Bus", Qt::CaseInsensitive) || text.contains(u"DBus", Qt::CaseInsensitive) ||
            text.contains(u"No such secret collection"));
}

Error keychainError(QKeychain::Error error, const QString &text, const char *what)
{
    const QString action = Tr::tr(what);
    switch (error) {
    case QKeychain::AccessDeniedByUser:
        return Error{Tr::tr("You declined access to the keychain, so the key was not %1.").arg(action), text,
                     errorCodeName(ErrorCode::KeychainDenied)};
    case QKeychain::AccessDenied:
        return Error{
            Tr::tr("The keychain refused access, so the key was not %1. It may be locked: unlock it (for "
                   "example by logging in again) and retry.")
                .arg(action),
            text, errorCodeName(ErrorCode::KeychainDenied)};
    case QKeychain::CouldNotDeleteEntry:
        return Error{
            Tr::tr(
                "The keychain could not delete the key. Remove the “Hookmail” entry with your keychain tool "
                "(for example Passwords and Keys)."),
            text, errorCodeName(ErrorCode::KeychainError)};
    default:
        if (meansNoBackend(error, text))
            return Error{KeychainSecretStore::unavailableMessage(), text,
                         errorCodeName(ErrorCode::KeychainUnavailable)};
        return Error{Tr::tr("The keychain reported an error, so the key was not %1: %2").arg(action, text),
                     text, errorCodeName(ErrorCode::KeychainError)};
    }
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent, QString service)
    : SecretStore(parent), m_service(std::move(service))
{}

QString KeychainSecretStore::unavailableMessage()
{
    return Tr::tr(
        "No keychain is available (is gnome-keyring running?). Hookmail keeps keys only in the system "
        "keychain, never in a plain file. Start your desktop's keyring (GNOME Keyring or KWallet) and try "
        "again, or keep the key for this run only.");
}

QString KeychainSecretStore::backendName() const
{
#if defined(Q_OS_MACOS)
    return Tr::tr("macOS Keychain");
#elif defined(Q_OS_WIN)
    return Tr::tr("Windows Credential Manager");
#else
    return m_available ? Tr::tr("system keychain (Secret Service: GNOME Keyring or KWallet)")
                       : Tr::tr("no keychain available");
#endif
}

void KeychainSecretStore::noteAvailability(bool available)
{
    m_probed = true;
    if (available == m_available)
        return;
    m_available = available;
    emit availabilityChanged(available);
}

void KeychainSecretStore::read(Slot slot, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(slotKey(slot));
    connect(job, &QKeychain::Job::finished, this, [this, job, done = std::move(done)] {
        const QKeychain::Error error = job->error();
        if (error == QKeychain::NoError) {
            noteAvailability(true);
            done(job->textData());
        } else if (error == QKeychain::EntryNotFound) {
            noteAvailability(true);
            done(QString()); // not set: an empty value, not an error
        } else {
            if (meansNoBackend(error, job->errorString()))
                noteAvailability(false);
            done(keychainError(error, job->errorString(), QT_TRANSLATE_NOOP("Keychain", "read")));
        }
    });
    job->start();
}

void KeychainSecretStore::write(Slot slot, const QString &secret, WriteCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(slotKey(slot));
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, job, done = std::move(done)] {
        const QKeychain::Error error = job->error();
        if (error == QKeychain::NoError) {
            noteAvailability(true);
            done(Ok{});
            return;
        }
        if (meansNoBackend(error, job->errorString()))
            noteAvailability(false);
        done(keychainError(error, job->errorString(), QT_TRANSLATE_NOOP("Keychain", "saved")));
    });
    job->start();
}

void KeychainSecretStore::remove(Slot slot, WriteCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(slotKey(slot));
    connect(job, &QKeychain::Job::finished, this, [this, job, done = std::move(done)] {
        const QKeychain::Error error = job->error();
        if (error == QKeychain::NoError || error == QKeychain::EntryNotFound) {
            noteAvailability(true);
            done(Ok{});
            return;
        }
        if (meansNoBackend(error, job->errorString()))
            noteAvailability(false);
        done(keychainError(error, job->errorString(), QT_TRANSLATE_NOOP("Keychain", "removed")));
    });
    job->start();
}

void KeychainSecretStore::probe(std::function<void(bool)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(QStringLiteral("availability-probe"));
    connect(job, &QKeychain::Job::finished, this, [this, job, done = std::move(done)] {
        const QKeychain::Error error = job->error();
        const bool available = error == QKeychain::NoError || error == QKeychain::EntryNotFound ||
                               !meansNoBackend(error, job->errorString());
        noteAvailability(available);
        done(available);
    });
    job->start();
}

} // namespace hookmail

// Explicit moc include: keeps this class out of mocs_compilation.cpp (faster builds, and linking it never
// drags in the meta-objects of unrelated headers).
#include "moc_KeychainSecretStore.cpp"
