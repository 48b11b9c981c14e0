#pragma once

#include "model/Cascade.h"
#include "store/RecoveryStore.h"

namespace Tepat::RecoveryOrphan {

// What a Tepat killed after an autosave leaves behind: a copy of cascade and its description, and
// no live lock. An empty workspacePath is a workspace never saved. savedAt is kept to the second,
// as the description stores it.
RecoveryEntry leave(const RecoveryStore &store,
                    const QString &workspacePath,
                    const Cascade &cascade,
                    const QDateTime &savedAt = QDateTime::currentDateTimeUtc());
// Deletes every copy of the default folder: test cases in one process share it.
void clearAll();

} // namespace Tepat::RecoveryOrphan
