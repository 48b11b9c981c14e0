#pragma once

#include <QDateTime>
#include <QString>

namespace Tepat {

// One recovery copy as the recovery folder describes it: which workspace its unsaved changes
// belong to and when they were written. An empty workspacePath is a workspace never saved.
struct RecoveryEntry
{
    QString key;           // the copy's file name in the recovery folder, without extension
    QString workspacePath; // absolute path of the user's file; empty if it never had one
    QString pemdaName;     // tells copies of new workspaces apart
    QDateTime savedAt;     // UTC

    friend bool operator==(const RecoveryEntry &, const RecoveryEntry &) = default;
};

} // namespace Tepat
