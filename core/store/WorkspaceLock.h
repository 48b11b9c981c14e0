#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QLockFile>

#include <memory>

namespace Tepat {

// Marks a workspace as open for editing, so that a second Tepat (on this machine or, on a shared
// drive, on a colleague's) refuses to edit it too and says who has it. The lock is a small file
// beside the workspace that names the process and host; a lock left by a crashed Tepat is taken
// over, since QLockFile checks whether its owner still runs.
class WorkspaceLock
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::WorkspaceLock)

public:
    static Result<std::unique_ptr<WorkspaceLock>> acquire(const QString &workspacePath);
    static QString lockPath(const QString &workspacePath);

private:
    explicit WorkspaceLock(const QString &path);

    QLockFile m_lock;
};

} // namespace Tepat
