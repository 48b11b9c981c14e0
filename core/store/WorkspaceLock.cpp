#include "store/WorkspaceLock.h"

#include "store/WorkspaceFile.h"

#include <QFileInfo>
#include <QLocale>
#include <QSysInfo>

namespace Tepat {

WorkspaceLock::WorkspaceLock(const QString &path)
    : m_lock(path)
{
    // Never time out a lock that a live process holds: a workspace may stay open for days.
    m_lock.setStaleLockTime(0);
}

QString WorkspaceLock::lockPath(const QString &workspacePath)
{
    // The file a link points to has one lock, whichever name it is opened under.
    const QFileInfo info(WorkspaceFile::targetOf(workspacePath));
    return info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".lock");
}

std::optional<WorkspaceLock::Holder> WorkspaceLock::holder(const QString &workspacePath)
{
    const QString path = lockPath(workspacePath);
    const QFileInfo info(path);
    QLockFile lock(path);
    Holder holder;
    if (!info.exists() || !lock.getLockInfo(&holder.pid, &holder.host, nullptr))
        return std::nullopt;
    holder.user = info.owner();
    holder.since = info.lastModified();
    holder.otherComputer = holder.host != QSysInfo::machineHostName();
    return holder;
}

Result<std::unique_ptr<WorkspaceLock>> WorkspaceLock::acquire(const QString &workspacePath,
                                                              Mode mode)
{
    const QString absolute = QFileInfo(workspacePath).absoluteFilePath();
    std::unique_ptr<WorkspaceLock> lock(new WorkspaceLock(lockPath(absolute)));
    const std::optional<Holder> held = holder(absolute);
    // A lock file that names no process some seconds after it was made was never finished (the
    // disk filled up, or the machine stopped while it was written): no one holds it. A younger
    // one may be a lock being written right now.
    const QFileInfo existing(lockPath(absolute));
    if (existing.exists() && !held
        && existing.lastModified().secsTo(QDateTime::currentDateTime()) > 10) {
        QFile::remove(existing.absoluteFilePath());
    }
    if (mode == Mode::TakeOver && held && held->otherComputer)
        QFile::remove(lockPath(absolute));
    if (lock->m_lock.tryLock(0)) {
        // Only this lock's holder saves, so what saves left behind can go now.
        WorkspaceFile::removeStaleSaveFiles(absolute);
        return lock;
    }
    if (lock->m_lock.error() == QLockFile::LockFailedError) {
        const Holder who = holder(absolute).value_or(Holder {});
        const QString since = QLocale().toString(who.since, QLocale::ShortFormat);
        QString message = tr("%1 is open in Tepat by %2 on %3 (process %4) since %5.")
                              .arg(absolute,
                                   who.user.isEmpty() ? tr("an unknown user") : who.user,
                                   who.host.isEmpty() ? tr("an unknown computer") : who.host,
                                   QString::number(who.pid),
                                   since);
        message += u' '
            + (who.otherComputer
                   ? tr("If Tepat there has crashed or been closed, take the lock over (in "
                        "tepat-cli: --break-lock), or open the workspace read-only.")
                   : tr("Close it there first, or open a copy."));
        return fail(Error(Error::Code::Locked, message, absolute));
    }
    const QFileInfo folder(QFileInfo(lockPath(absolute)).absolutePath());
    if (!folder.isDir()) {
        return fail(Error(Error::Code::NotFound,
                          tr("The folder %1 does not exist.").arg(folder.absoluteFilePath()),
                          absolute));
    }
    return fail(Error(Error::Code::ReadOnly,
                      tr("%1 cannot be opened for editing: its folder is read-only. Open it "
                         "read-only, or copy it to a writable folder.")
                          .arg(absolute),
                      absolute));
}

} // namespace Tepat
