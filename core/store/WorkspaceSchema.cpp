#include "store/WorkspaceSchema.h"

#include "store/DatabaseConnection.h"
#include "store/WorkspaceTables.h"

namespace Tepat {

namespace {

// Migration steps create tables from the one declaration, so a migrated file ends with the same
// tables as a new one.
QString table(const char *name)
{
    return WorkspaceTables::createStatement(QLatin1String(name), SqlDialect::Sqlite);
}

// Version 4: the versions of a PK (PK Perubahan) and of the rows copied into one. Added at the
// end of their tables, so that a fresh file and a migrated one have the same columns in the same
// order.
QStringList versionColumns()
{
    return {
        QStringLiteral("ALTER TABLE pk ADD COLUMN alasan TEXT NOT NULL DEFAULT '' CHECK (alasan "
                       "IN ('', 'pergantian-pejabat', 'perubahan-strategi', "
                       "'perubahan-prioritas'))"),
        QStringLiteral("ALTER TABLE pk ADD COLUMN previous_version_id INTEGER REFERENCES pk (id) "
                       "DEFERRABLE INITIALLY DEFERRED"),
        QStringLiteral("ALTER TABLE plan_item ADD COLUMN previous_version_id INTEGER REFERENCES "
                       "plan_item (id) DEFERRABLE INITIALLY DEFERRED"),
        QStringLiteral("ALTER TABLE pk_program ADD COLUMN previous_version_id INTEGER REFERENCES "
                       "pk_program (id) DEFERRABLE INITIALLY DEFERRED"),
        QStringLiteral("ALTER TABLE indicator ADD COLUMN previous_version_id INTEGER REFERENCES "
                       "indicator (id) DEFERRABLE INITIALLY DEFERRED"),
    };
}

} // namespace

QStringList WorkspaceSchema::createStatements()
{
    // Foreign keys are deferred so that a save can write rows in any order (an indicator may
    // serve one that is written later); SQLite still checks them all at COMMIT.
    QStringList statements;
    for (const SchemaTable &table : WorkspaceTables::all()) {
        if (table.existsIn(SqlDialect::Sqlite))
            statements.append(table.createStatement(SqlDialect::Sqlite));
    }
    return statements;
}

Result<void> WorkspaceSchema::create(DatabaseConnection &connection)
{
    for (const QString &statement : createStatements()) {
        if (Result<void> done = connection.exec(statement); !done)
            return done;
    }
    return connection.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
}

Result<void> WorkspaceSchema::migrate(DatabaseConnection &connection, int fromVersion)
{
    if (fromVersion < 1 || fromVersion > version) {
        return fail(Error(Error::Code::Corrupt,
                          tr("%1 has format version %2, which no Tepat release ever wrote.")
                              .arg(connection.path())
                              .arg(fromVersion),
                          connection.path()));
    }
    // Each step brings the file one version up; a file of version n runs the steps from n on.
    const QList<QStringList> steps {
        // 1 → 2: the checker's settings and acknowledgements, reviewer comments, and the typed
        // total of a PK.
        {QStringLiteral("ALTER TABLE pk ADD COLUMN declared_total TEXT"),
         table("rule_setting"),
         table("acknowledgement"),
         table("review_comment")},
        // 2 → 3: the paper of the workspace's PKs; files before it were printed on A4, the
        // export's default then.
        {table("print_setting"), QStringLiteral("INSERT INTO print_setting VALUES (1, 'a4')")},
        // 3 → 4: the lock history of PKs and the versions of a PK (PK Perubahan). No PK of an
        // older file was signed in Tepat, so none is locked.
        versionColumns() + QStringList {table("pk_lock_event")},
        // 4 → 5: realisasi per triwulan, realisasi anggaran and the measurement settings.
        {table("realisasi"), table("realisasi_anggaran"), table("measure_setting")},
        // 5 → 6: an offline copy of a server workspace remembers its server and what it pulled;
        // an older file is no such copy, so the tables stay empty.
        {table("server_origin"), table("server_base")},
        // 6 → 7: a lock may come from a server's workflow (terkunci). SQLite changes a CHECK only
        // by making the table again.
        {QStringLiteral("ALTER TABLE pk_lock_event RENAME TO pk_lock_event_v6"),
         table("pk_lock_event"),
         QStringLiteral("INSERT INTO pk_lock_event SELECT * FROM pk_lock_event_v6"),
         QStringLiteral("DROP TABLE pk_lock_event_v6")},
        // 7 → 8: the checksum of the content, empty until the file is saved.
        {table("content_checksum")},
        // 8 → 9: the analisis of a PK indicator's year (faktor pendukung, penghambat, upaya).
        {table("realisasi_analisis")},
    };
    for (int step = fromVersion - 1; step < steps.size(); ++step) {
        for (const QString &statement : steps[step]) {
            if (connection.exec(statement))
                continue;
            // A column that is already there, or a table that is not, is the file's fault.
            return fail(Error(Error::Code::Corrupt,
                              tr("%1 is damaged: its tables are not those of format %2, so it "
                                 "cannot be brought up to format %3. Open a backup copy instead.")
                                  .arg(connection.path())
                                  .arg(fromVersion)
                                  .arg(version),
                              connection.path()));
        }
    }
    return connection.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

} // namespace Tepat
