#include "store/WorkspaceSchema.h"

#include "store/SqliteConnection.h"

namespace Tepat {

namespace {

// The tables added in version 2 are shared by the fresh layout and the migration from version 1, so
// both end with the same tables.
QString ruleSettingTable()
{
    return QStringLiteral(R"(CREATE TABLE rule_setting (
    rule_id TEXT PRIMARY KEY,
    enabled INTEGER NOT NULL CHECK (enabled IN (0, 1)),
    severity TEXT CHECK (severity IN ('error', 'warning', 'info'))) WITHOUT ROWID)");
}

QString acknowledgementTable()
{
    // object_id names any object, so it has no foreign key; an acknowledgement of a removed
    // object matches nothing and is harmless.
    return QStringLiteral(R"(CREATE TABLE acknowledgement (
    rule_id TEXT NOT NULL,
    object_id INTEGER NOT NULL,
    field TEXT NOT NULL,
    reason TEXT NOT NULL,
    author TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (rule_id, object_id, field)))");
}

QString commentTable()
{
    return QStringLiteral(R"(CREATE TABLE review_comment (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    object_id INTEGER NOT NULL,
    author TEXT NOT NULL,
    at TEXT NOT NULL,
    text TEXT NOT NULL,
    resolved INTEGER NOT NULL CHECK (resolved IN (0, 1))))");
}

// One row, so that a workspace always says which paper its PKs are printed on.
QString printSettingTable()
{
    return QStringLiteral(R"(CREATE TABLE print_setting (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    paper TEXT NOT NULL CHECK (paper IN ('a4', 'f4'))))");
}

// One row: the SHA-256 of everything else (ContentChecksum), which opening the file verifies.
QString contentChecksumTable()
{
    return QStringLiteral(R"(CREATE TABLE content_checksum (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    sha256 TEXT NOT NULL))");
}

} // namespace

QStringList WorkspaceSchema::createStatements()
{
    // Foreign keys are deferred so that a save can write rows in any order (an indicator may
    // serve one that is written later); SQLite still checks them all at COMMIT.
    return {
        QStringLiteral(R"(CREATE TABLE pemda (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    kepala_daerah_name TEXT NOT NULL,
    kepala_daerah_title TEXT NOT NULL
        CHECK (kepala_daerah_title IN ('bupati', 'wali-kota', 'gubernur')),
    ibu_kota TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE periode (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    start_year INTEGER NOT NULL,
    end_year INTEGER NOT NULL CHECK (end_year >= start_year),
    visi TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE misi (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    text TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE opd (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    short_name TEXT NOT NULL,
    head_name TEXT NOT NULL,
    head_nip TEXT NOT NULL,
    head_pangkat TEXT NOT NULL,
    head_jabatan TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE pk (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    opd_id INTEGER REFERENCES opd (id) DEFERRABLE INITIALLY DEFERRED,
    year INTEGER NOT NULL,
    level TEXT NOT NULL CHECK (level IN ('kepala-daerah', 'kepala-opd', 'eselon-3', 'eselon-4')),
    kind TEXT NOT NULL CHECK (kind IN ('awal', 'perubahan')),
    change_date TEXT NOT NULL,
    change_reason TEXT NOT NULL,
    number TEXT NOT NULL,
    parent_pk_id INTEGER REFERENCES pk (id) DEFERRABLE INITIALLY DEFERRED,
    pihak_pertama_name TEXT NOT NULL,
    pihak_pertama_nip TEXT NOT NULL,
    pihak_pertama_pangkat TEXT NOT NULL,
    pihak_pertama_jabatan TEXT NOT NULL,
    pihak_kedua_name TEXT NOT NULL,
    pihak_kedua_nip TEXT NOT NULL,
    pihak_kedua_pangkat TEXT NOT NULL,
    pihak_kedua_jabatan TEXT NOT NULL,
    place TEXT NOT NULL,
    sign_date TEXT NOT NULL,
    declared_total TEXT))"),
        QStringLiteral(R"(CREATE TABLE plan_item (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('rpjmd-tujuan', 'rpjmd-sasaran', 'renstra-tujuan',
        'renstra-sasaran', 'program', 'kegiatan', 'sub-kegiatan', 'pk-sasaran')),
    parent_item_id INTEGER REFERENCES plan_item (id) DEFERRABLE INITIALLY DEFERRED,
    opd_id INTEGER REFERENCES opd (id) DEFERRABLE INITIALLY DEFERRED,
    pk_id INTEGER REFERENCES pk (id) DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    misi_id INTEGER REFERENCES misi (id) DEFERRABLE INITIALLY DEFERRED,
    supports_id INTEGER REFERENCES plan_item (id) DEFERRABLE INITIALLY DEFERRED,
    CHECK ((parent_item_id IS NOT NULL) + (opd_id IS NOT NULL) + (pk_id IS NOT NULL) <= 1)))"),
        QStringLiteral(R"(CREATE TABLE pagu (
    plan_item_id INTEGER NOT NULL REFERENCES plan_item (id) DEFERRABLE INITIALLY DEFERRED,
    year INTEGER NOT NULL,
    amount TEXT NOT NULL,
    PRIMARY KEY (plan_item_id, year)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE pk_program (
    id INTEGER PRIMARY KEY,
    pk_id INTEGER NOT NULL REFERENCES pk (id) DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    anggaran TEXT NOT NULL,
    plan_item_id INTEGER REFERENCES plan_item (id) DEFERRABLE INITIALLY DEFERRED))"),
        QStringLiteral(R"(CREATE TABLE indicator (
    id INTEGER PRIMARY KEY,
    owner_id INTEGER NOT NULL REFERENCES plan_item (id) DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    satuan TEXT NOT NULL,
    baseline TEXT NOT NULL,
    definisi TEXT NOT NULL,
    alasan TEXT NOT NULL,
    rumus TEXT NOT NULL,
    tipe_perhitungan TEXT NOT NULL,
    sumber_data TEXT NOT NULL,
    polaritas TEXT NOT NULL,
    jenis TEXT NOT NULL,
    periode_pelaporan TEXT NOT NULL,
    penanggung_jawab TEXT NOT NULL,
    iku INTEGER NOT NULL CHECK (iku IN (0, 1)),
    serves_id INTEGER REFERENCES indicator (id) DEFERRABLE INITIALLY DEFERRED))"),
        QStringLiteral(R"(CREATE TABLE target (
    indicator_id INTEGER NOT NULL REFERENCES indicator (id) DEFERRABLE INITIALLY DEFERRED,
    year INTEGER NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (indicator_id, year)) WITHOUT ROWID)"),
        ruleSettingTable(),
        acknowledgementTable(),
        commentTable(),
        printSettingTable(),
        contentChecksumTable(),
    };
}

Result<void> WorkspaceSchema::create(SqliteConnection &connection)
{
    for (const QString &statement : createStatements()) {
        if (Result<void> done = connection.exec(statement); !done)
            return done;
    }
    return connection.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
}

Result<void> WorkspaceSchema::migrate(SqliteConnection &connection, int fromVersion)
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
         ruleSettingTable(),
         acknowledgementTable(),
         commentTable()},
        // 2 → 3: the paper of the workspace's PKs; files before it were printed on A4, the
        // export's default then.
        {printSettingTable(), QStringLiteral("INSERT INTO print_setting VALUES (1, 'a4')")},
        // 3 → 4: the checksum of the content, empty until the file is saved.
        {contentChecksumTable()},
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
