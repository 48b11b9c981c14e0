#pragma once

#include "base/Result.h"

#include <QCoreApplication>

namespace Tepat {

class SqliteConnection;

// Whether a database holds exactly the tables of a workspace, checked before any row is read.
// Every object in sqlite_schema must be one that WorkspaceSchema creates: each table a real table
// (not a view, not a virtual table) with exactly its columns, in order, with their declared types,
// NOT NULL and key positions, and nothing else (no view, trigger or index of another program).
// A view in place of a table can run for ever and spill gigabytes into temporary files, and a
// renamed column would otherwise read as a column of empty values; both are damage, and are
// refused with the table and column named.
class WorkspaceSchemaCheck
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::WorkspaceSchemaCheck)

public:
    // The current layout, compared with a database WorkspaceSchema::create makes in memory.
    static Result<void> verify(SqliteConnection &connection);
    // A file of an older format, before its migration: tables and their automatic indexes only,
    // nothing that runs code when read. Its exact layout is verified after the migration.
    static Result<void> verifyObjects(SqliteConnection &connection);
};

} // namespace Tepat
