#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLockFile>

#include <memory>
#include <optional>

namespace Tepat {

// Marks a workspace as open for writing, so that a second Tepat (the window or tepat-cli, on this
// machine or, on a shared drive, on a colleague's) refuses to write it too and says who has it.
// Every writer takes it: the window for as long as a workspace is open, import-json while it
// writes. The lock is a small file beside the workspace (beside the file a symbolic link points
// to) that names the process and host; the user and the time are those of the file. A lock left
// by a Tepat that crashed on this machine is taken over at once, since QLockFile sees that its
// process is gone; one left on another machine cannot be told from a live one, so the user
// decides: take it over (Mode::TakeOver) or open the workspace read-only.
class WorkspaceLock
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::WorkspaceLock)

public:
    enum class Mode {
        Normal,
        // Also takes a lock that another computer holds, when the user says that Tepat there
        // has crashed or is closed; a live Tepat on this computer still keeps its lock.
        TakeOver
    };

    // Who holds a lock, as the refusal names them.
    struct Holder
    {
        QString user;
        QString host;
        qint64 pid = 0;
        QDateTime since;
        bool otherComputer = false;
    };

    static Result<std::unique_ptr<WorkspaceLock>> acquire(const QString &workspacePath,
                                                          Mode mode = Mode::Normal);
    static QString lockPath(const QString &workspacePath);
    // Nothing when no lock file is there or it names no one.
    static std::optional<Holder> holder(const QString &workspacePath);

private:
    explicit WorkspaceLock(const QString &path);

    QLockFile m_lock;
};

} // namespace Tepat
