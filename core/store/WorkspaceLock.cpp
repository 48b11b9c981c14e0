#include "store/WorkspaceLock.h"

#include <QFileInfo>

namespace Tepat {

WorkspaceLock::WorkspaceLock(const QString &path)
    : m_lock(path)
{
    // Never time out a lock that a live process holds: a workspace may stay open for days.
    m_lock.setStaleLockTime(0);
}

QString WorkspaceLock::lockPath(const QString &workspacePath)
{
    const QFileInfo info(workspacePath);
    return info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".lock");
}

Result<std::unique_ptr<WorkspaceLock>> WorkspaceLock::acquire(const QString &workspacePath)
{
    const QString absolute = QFileInfo(workspacePath).absoluteFilePath();
    std::unique_ptr<WorkspaceLock> lock(new WorkspaceLock(lockPath(absolute)));
    if (lock->m_lock.tryLock(0))
        return lock;
    if (lock->m_lock.error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString application;
        lock->m_lock.getLockInfo(&pid, &host, &application);
        return fail(Error(Error::Code::Locked,
                          tr("%1 is already open in Tepat (process %2 on %3). Close it there "
                             "first, or open a copy.")
                              .arg(absolute)
                              .arg(pid)
                              .arg(host.isEmpty() ? tr("an unknown computer") : host),
                          absolute));
    }
    return fail(Error(Error::Code::ReadOnly,
                      tr("%1 cannot be opened for editing: its folder is read-only. Open it "
                         "read-only, or copy it to a writable folder.")
                          .arg(absolute),
                      absolute));
}

} // namespace Tepat
