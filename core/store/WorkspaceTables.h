#pragma once

#include "store/SchemaTable.h"

namespace Tepat {

// The logical schema of a workspace: every table of the .tepat file and of the server, declared
// once. WorkspaceSchema emits it for a file, ServerSchema for PostgreSQL, which adds the rights,
// triggers and history around it from what each table declares here (its access and its scope),
// so a table added here reaches both stores.
class WorkspaceTables
{
public:
    // In creation order: a table comes after the tables its rows name.
    static const QList<SchemaTable> &all();
    // nullptr for a name that is not a table of the workspace.
    static const SchemaTable *find(const QString &name);
    static QString createStatement(const QString &name, SqlDialect dialect);
};

} // namespace Tepat
