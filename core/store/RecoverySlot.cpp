#include "store/RecoverySlot.h"

#include "store/WorkspaceFile.h"

#include <QDir>

namespace Tepat {

RecoverySlot::RecoverySlot(const RecoveryStore &store,
                           const QString &key,
                           const QString &workspacePath)
    : m_store(store)
    , m_key(key)
    , m_workspacePath(workspacePath)
    , m_lock(store.lockPath(key))
{
    // A document stays open for days: only a dead owner makes the lock stale.
    m_lock.setStaleLockTime(0);
}

RecoverySlot::~RecoverySlot()
{
    m_store.removeFiles(m_key);
    m_lock.unlock();
}

Result<std::unique_ptr<RecoverySlot>>
RecoverySlot::claim(const RecoveryStore &store, const QString &key, const QString &workspacePath)
{
    if (!QDir().mkpath(store.folder())) {
        return fail(Error(Error::Code::Io,
                          tr("Cannot create the recovery folder %1.").arg(store.folder()),
                          store.folder()));
    }
    std::unique_ptr<RecoverySlot> slot(new RecoverySlot(store, key, workspacePath));
    if (slot->m_lock.tryLock(0))
        return slot;
    const bool held = slot->m_lock.error() == QLockFile::LockFailedError;
    return fail(
        Error(held ? Error::Code::Locked : Error::Code::Io,
              held ? tr("The recovery copy %1 is in use by another Tepat.").arg(store.copyPath(key))
                   : tr("Cannot lock the recovery copy %1.").arg(store.copyPath(key)),
              store.copyPath(key)));
}

Result<QDateTime> RecoverySlot::write(const Cascade &cascade)
{
    if (Result<void> written = WorkspaceFile::save(cascade, m_store.copyPath(m_key)); !written)
        return fail(written.error());
    RecoveryEntry entry;
    entry.key = m_key;
    entry.workspacePath = m_workspacePath;
    entry.pemdaName = cascade.pemda().name;
    // Whole seconds: the description stores them, and the time shown must match it.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    entry.savedAt = now.addMSecs(-now.time().msec());
    if (Result<void> described = m_store.writeInfo(entry); !described)
        return fail(described.error());
    return entry.savedAt;
}

} // namespace Tepat
