#pragma once

#include "store/SqlDialect.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Tepat {

// One column of the logical schema. Its type is logical; each dialect spells it (an Id is an
// INTEGER in a file and a bigint on the server, a Timestamp is ISO text in a file and a timestamptz
// on the server).
struct SchemaColumn
{
    // Sequence: a number the server counts up for each new row (a file keeps rowid order instead).
    enum class Type { Id, Integer, Text, Timestamp, Sequence };
    enum class Where { Everywhere, FileOnly, ServerOnly };

    SchemaColumn(QString name, Type type, bool notNull = true)
        : name(std::move(name))
        , type(type)
        , notNull(notNull)
    {}

    QString name;
    Type type = Type::Text;
    bool notNull = true;
    QString references; // "plan_item (id)": a deferred foreign key
    QString check;      // an SQL condition both dialects understand
    // The server deletes objects one by one, so rows that only describe their parent (targets,
    // pagu, program rows) go with it; a file is always written whole and needs no such rule.
    bool cascade = false;
    QString defaultValue; // the server's DEFAULT, for server-only columns
    Where where = Where::Everywhere;
};

// One table of the logical schema, with what the server needs to know to guard it: which
// rights its rows fall under and where a row's OPD and PK come from.
struct SchemaTable
{
    enum class Where { Everywhere, FileOnly, ServerOnly };
    // Who may write the rows on a server (docs/server.md, "Roles"). Everyone may read.
    enum class Access {
        Admin,    // the pemda's own data: RPJMD, OPD list, settings
        Opd,      // an OPD's Renstra, PKs and realisasi: its penyusun too
        Review,   // reviewer comments: reviewers too
        Internal, // the offline copy's bookkeeping, never on a server
    };

    explicit SchemaTable(QString name)
        : name(std::move(name))
    {}

    QString name;
    QList<SchemaColumn> columns;
    QStringList primaryKey;   // more than one column: a table constraint
    QStringList checks;       // table constraints
    QStringList serverChecks; // the server's spelling of checks, when it differs
    bool withoutRowid = false;
    Where where = Where::Everywhere;
    Access access = Access::Admin;
    // An object the user edits as one (versioned on the server); other tables belong to one.
    bool isObject = false;
    // For Access::Opd: the table and column whose row gives this row its OPD and PK, e.g.
    // {"indicator", "indicator_id"}. plan_item and pk work theirs out themselves.
    QString scopeTable;
    QString scopeColumn;
    // For Access::Opd: whether the PK's workflow state and lock hold the row. Results
    // (realisasi) are reported after the PK is signed, so they are not held.
    bool lockedWithPk = true;

    bool existsIn(SqlDialect dialect) const;
    QList<SchemaColumn> columnsIn(SqlDialect dialect) const;
    QString createStatement(SqlDialect dialect) const;
};

} // namespace Tepat
