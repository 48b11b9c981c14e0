#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace Tepat {

class DatabaseConnection;

// The table layout of a .tepat file (WorkspaceTables, in SQLite's spelling) and the steps that
// bring an older file up to it. A file is always written whole in the current layout (see
// WorkspaceFile::save), so migrations only ever run on a private copy of an older file while it is
// being opened.
class WorkspaceSchema
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::WorkspaceSchema)

public:
    // PRAGMA application_id: "TPAT" in ASCII. It lets Tepat, file(1) and the desktop's MIME
    // magic tell a workspace from any other SQLite database.
    static constexpr qint32 applicationId = 0x54504154;
    // PRAGMA user_version. Raise it with every change of layout, add the step to migrations()
    // and a fixture of the old layout to tests/data/schema/.
    static constexpr int version = 9;
    // The first version whose files carry the checksum of their content (ContentChecksum); an
    // older file has none, and gets one when it is saved.
    static constexpr int checksumSince = 8;

    static QStringList createStatements();
    static Result<void> create(DatabaseConnection &connection);
    // Brings a file of an older version up to the current one, step by step. A file whose tables
    // are not those of its version fails as damaged, in Tepat's words rather than SQLite's.
    static Result<void> migrate(DatabaseConnection &connection, int fromVersion);
};

} // namespace Tepat
