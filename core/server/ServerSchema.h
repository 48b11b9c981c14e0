#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace Tepat {

class PgConnection;

// The layout of a Tepat server: the workspace tables (WorkspaceTables, in PostgreSQL's spelling)
// and what guards them inside the database itself, so that psql has exactly the rights Tepat
// has: the group roles admin, reviewer and penyusun of this database, their grants and row-level
// policies, the triggers that work out each row's OPD and PK, keep versions, refuse changes to
// a PK that the workflow has moved on or locked, and record every change with its user and its old
// and new values; and the workflow and id functions. Versioned like the file format.
class ServerSchema
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::ServerSchema)

public:
    // Raise it with every change of the server's layout and add the step to upgradeStatements().
    // 2: terkunci is a lock in the PK's lock history. 3: the analisis of a PK indicator's year.
    static constexpr int version = 3;

    // Creates the layout on an empty database or brings an older one up to date; running it again
    // changes nothing. Needs the right to create tables and roles (the database's owner with
    // CREATEROLE, or a superuser).
    static Result<void> init(PgConnection &connection);
    // The version of the layout, 0 for a database Tepat never initialised. Fails for a newer one.
    static Result<int> installedVersion(PgConnection &connection);
    // The names of the three group roles of this database: <prefix>_admin, …
    static Result<QString> rolePrefix(PgConnection &connection);

    static QStringList createStatements(const QString &rolePrefix, const QString &schema);

private:
    static QString prefixFor(const QString &database);
    static QStringList functionStatements(const QString &rolePrefix, const QString &schema);
    // What brings a layout from `from` to version, the version recorded last.
    static QStringList
    upgradeStatements(int from, const QString &rolePrefix, const QString &schema);
};

} // namespace Tepat
