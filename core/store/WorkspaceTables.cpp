#include "store/WorkspaceTables.h"

namespace Tepat {

namespace {

using Type = SchemaColumn::Type;

SchemaColumn id()
{
    return {QStringLiteral("id"), Type::Id};
}

SchemaColumn singleton()
{
    SchemaColumn column = id();
    column.check = QStringLiteral("id = 1");
    return column;
}

SchemaColumn text(const char *name)
{
    return {QLatin1String(name), Type::Text};
}

SchemaColumn integer(const char *name, const QString &check = {})
{
    SchemaColumn column {QLatin1String(name), Type::Integer};
    column.check = check;
    return column;
}

SchemaColumn flag(const char *name)
{
    return integer(name, QStringLiteral("%1 IN (0, 1)").arg(QLatin1String(name)));
}

SchemaColumn link(const char *name, const char *table, bool notNull = false, bool cascade = false)
{
    SchemaColumn column {QLatin1String(name), Type::Id, notNull};
    column.references = QStringLiteral("%1 (id)").arg(QLatin1String(table));
    column.cascade = cascade;
    return column;
}

SchemaColumn serverColumn(const char *name, Type type, const char *defaultValue, bool notNull)
{
    SchemaColumn column {QLatin1String(name), type, notNull};
    column.defaultValue = QLatin1String(defaultValue);
    column.where = SchemaColumn::Where::ServerOnly;
    return column;
}

// What the server keeps of an object beside its fields: the version that optimistic concurrency
// compares, and who changed it last and when, which a refused edit names.
void addVersioning(SchemaTable &table)
{
    table.isObject = true;
    table.columns << serverColumn("version", Type::Id, "1", true)
                  << serverColumn("changed_by", Type::Text, "current_user", true)
                  << serverColumn("changed_at", Type::Timestamp, "now()", true);
}

// The OPD and PK a row belongs to, filled in by the server's triggers from the row's parent, never
// by the client, so that row-level security can trust them.
void addScope(SchemaTable &table, const char *scopeTable = "", const char *scopeColumn = "")
{
    table.access = SchemaTable::Access::Opd;
    table.scopeTable = QLatin1String(scopeTable);
    table.scopeColumn = QLatin1String(scopeColumn);
    table.columns << serverColumn("opd_scope", Type::Id, "", false)
                  << serverColumn("pk_scope", Type::Id, "", false);
}

QList<SchemaTable> declareTables()
{
    QList<SchemaTable> tables;

    SchemaTable pemda {QStringLiteral("pemda")};
    pemda.columns = {singleton(),
                     text("name"),
                     text("kepala_daerah_name"),
                     text("kepala_daerah_title"),
                     text("ibu_kota")};
    pemda.columns[3].check
        = QStringLiteral("kepala_daerah_title IN ('bupati', 'wali-kota', 'gubernur')");
    pemda.primaryKey = {QStringLiteral("id")};
    // The pemda row stands for the workspace's own fields: pemda, period, misi and paper.
    addVersioning(pemda);
    tables << pemda;

    SchemaTable periode {QStringLiteral("periode")};
    periode.columns = {singleton(),
                       integer("start_year"),
                       integer("end_year", QStringLiteral("end_year >= start_year")),
                       text("visi")};
    periode.primaryKey = {QStringLiteral("id")};
    tables << periode;

    SchemaTable misi {QStringLiteral("misi")};
    misi.columns = {id(), integer("position"), text("text")};
    misi.primaryKey = {QStringLiteral("id")};
    tables << misi;

    SchemaTable opd {QStringLiteral("opd")};
    opd.columns = {id(),
                   integer("position"),
                   text("code"),
                   text("name"),
                   text("short_name"),
                   text("head_name"),
                   text("head_nip"),
                   text("head_pangkat"),
                   text("head_jabatan")};
    opd.primaryKey = {QStringLiteral("id")};
    addVersioning(opd);
    tables << opd;

    SchemaTable pk {QStringLiteral("pk")};
    pk.columns = {id(),
                  integer("position"),
                  link("opd_id", "opd"),
                  integer("year"),
                  text("level"),
                  text("kind"),
                  text("change_date"),
                  text("change_reason"),
                  text("number"),
                  link("parent_pk_id", "pk"),
                  text("pihak_pertama_name"),
                  text("pihak_pertama_nip"),
                  text("pihak_pertama_pangkat"),
                  text("pihak_pertama_jabatan"),
                  text("pihak_kedua_name"),
                  text("pihak_kedua_nip"),
                  text("pihak_kedua_pangkat"),
                  text("pihak_kedua_jabatan"),
                  text("place"),
                  text("sign_date"),
                  text("declared_total"),
                  text("alasan"),
                  link("previous_version_id", "pk")};
    pk.columns[4].check
        = QStringLiteral("level IN ('kepala-daerah', 'kepala-opd', 'eselon-3', 'eselon-4')");
    pk.columns[5].check = QStringLiteral("kind IN ('awal', 'perubahan')");
    pk.columns[20].notNull = false;
    pk.columns[21].check = QStringLiteral("alasan IN ('', 'pergantian-pejabat', "
                                          "'perubahan-strategi', 'perubahan-prioritas')");
    pk.primaryKey = {QStringLiteral("id")};
    addVersioning(pk);
    addScope(pk);
    tables << pk;

    SchemaTable item {QStringLiteral("plan_item")};
    item.columns = {id(),
                    text("kind"),
                    link("parent_item_id", "plan_item"),
                    link("opd_id", "opd"),
                    link("pk_id", "pk"),
                    integer("position"),
                    text("code"),
                    text("name"),
                    link("misi_id", "misi"),
                    link("supports_id", "plan_item"),
                    link("previous_version_id", "plan_item")};
    item.columns[1].check = QStringLiteral(
        "kind IN ('rpjmd-tujuan', 'rpjmd-sasaran', 'renstra-tujuan',\n        'renstra-sasaran', "
        "'program', 'kegiatan', 'sub-kegiatan', 'pk-sasaran')");
    item.primaryKey = {QStringLiteral("id")};
    item.checks = {QStringLiteral(
        "(parent_item_id IS NOT NULL) + (opd_id IS NOT NULL) + (pk_id IS NOT NULL) <= 1")};
    item.serverChecks = {QStringLiteral("num_nonnulls(parent_item_id, opd_id, pk_id) <= 1")};
    addVersioning(item);
    addScope(item);
    tables << item;

    SchemaTable pagu {QStringLiteral("pagu")};
    pagu.columns = {link("plan_item_id", "plan_item", true, true), integer("year"), text("amount")};
    pagu.primaryKey = {QStringLiteral("plan_item_id"), QStringLiteral("year")};
    pagu.withoutRowid = true;
    addScope(pagu, "plan_item", "plan_item_id");
    tables << pagu;

    SchemaTable program {QStringLiteral("pk_program")};
    program.columns = {id(),
                       link("pk_id", "pk", true, true),
                       integer("position"),
                       text("code"),
                       text("name"),
                       text("anggaran"),
                       link("plan_item_id", "plan_item"),
                       link("previous_version_id", "pk_program")};
    program.primaryKey = {QStringLiteral("id")};
    addScope(program, "pk", "pk_id");
    tables << program;

    SchemaTable indicator {QStringLiteral("indicator")};
    indicator.columns = {id(),
                         link("owner_id", "plan_item", true),
                         integer("position"),
                         text("text"),
                         text("satuan"),
                         text("baseline"),
                         text("definisi"),
                         text("alasan"),
                         text("rumus"),
                         text("tipe_perhitungan"),
                         text("sumber_data"),
                         text("polaritas"),
                         text("jenis"),
                         text("periode_pelaporan"),
                         text("penanggung_jawab"),
                         flag("iku"),
                         link("serves_id", "indicator"),
                         link("previous_version_id", "indicator")};
    indicator.primaryKey = {QStringLiteral("id")};
    addVersioning(indicator);
    addScope(indicator, "plan_item", "owner_id");
    tables << indicator;

    SchemaTable target {QStringLiteral("target")};
    target.columns
        = {link("indicator_id", "indicator", true, true), integer("year"), text("value")};
    target.primaryKey = {QStringLiteral("indicator_id"), QStringLiteral("year")};
    target.withoutRowid = true;
    addScope(target, "indicator", "indicator_id");
    tables << target;

    SchemaTable setting {QStringLiteral("rule_setting")};
    setting.columns = {text("rule_id"), flag("enabled"), text("severity")};
    setting.columns[2].notNull = false;
    setting.columns[2].check = QStringLiteral("severity IN ('error', 'warning', 'info')");
    setting.primaryKey = {QStringLiteral("rule_id")};
    setting.withoutRowid = true;
    tables << setting;

    // object_id names any object, so it has no foreign key; an acknowledgement of a removed
    // object matches nothing and is harmless. A file keeps their order by rowid, the server by
    // seq.
    SchemaTable acknowledgement {QStringLiteral("acknowledgement")};
    acknowledgement.columns = {text("rule_id"),
                               {QStringLiteral("object_id"), Type::Integer},
                               text("field"),
                               text("reason"),
                               text("author"),
                               text("at"),
                               serverColumn("seq", Type::Sequence, "", true)};
    acknowledgement.primaryKey
        = {QStringLiteral("rule_id"), QStringLiteral("object_id"), QStringLiteral("field")};
    tables << acknowledgement;

    SchemaTable comment {QStringLiteral("review_comment")};
    comment.columns = {id(),
                       integer("position"),
                       {QStringLiteral("object_id"), Type::Integer},
                       text("author"),
                       text("at"),
                       text("text"),
                       flag("resolved")};
    comment.primaryKey = {QStringLiteral("id")};
    comment.access = SchemaTable::Access::Review;
    addVersioning(comment);
    tables << comment;

    // One row, so that a workspace always says which paper its PKs are printed on.
    SchemaTable print {QStringLiteral("print_setting")};
    print.columns = {singleton(), text("paper")};
    print.columns[1].check = QStringLiteral("paper IN ('a4', 'f4')");
    print.primaryKey = {QStringLiteral("id")};
    tables << print;

    // A PK's lock history, oldest first: part of the PK, like its program rows. On a server only
    // an admin writes it (ServerSchema's lock guard), and a PK whose last entry is a lock refuses
    // every change of its content, as a terkunci one does.
    SchemaTable lock {QStringLiteral("pk_lock_event")};
    lock.columns = {link("pk_id", "pk", true, true),
                    integer("position"),
                    text("action"),
                    text("method"),
                    text("at"),
                    text("signed_on"),
                    text("note"),
                    text("author")};
    lock.columns[2].check = QStringLiteral("action IN ('lock', 'unlock')");
    lock.columns[3].check = QStringLiteral("method IN ('signed-pdf', 'paper', 'workflow')");
    lock.primaryKey = {QStringLiteral("pk_id"), QStringLiteral("position")};
    lock.withoutRowid = true;
    addScope(lock, "pk", "pk_id");
    tables << lock;

    // What was reached per triwulan and spent per program: kept apart from the indicator and
    // program rows because it is reported after the PK is signed, so a signed or terkunci PK still
    // takes it. The penyusun of the OPD write it, as they write the PK.
    SchemaTable realisasi {QStringLiteral("realisasi")};
    realisasi.columns = {link("indicator_id", "indicator", true, true),
                         integer("quarter", QStringLiteral("quarter BETWEEN 1 AND 4")),
                         text("target"),
                         text("value"),
                         text("kendala"),
                         text("tindak_lanjut"),
                         text("bukti")};
    realisasi.primaryKey = {QStringLiteral("indicator_id"), QStringLiteral("quarter")};
    realisasi.withoutRowid = true;
    realisasi.lockedWithPk = false;
    addScope(realisasi, "indicator", "indicator_id");
    tables << realisasi;

    // The OPD's analisis of a PK indicator's year, written beside its realisasi and like it taken
    // by a signed PK.
    SchemaTable analisis {QStringLiteral("realisasi_analisis")};
    analisis.columns = {link("indicator_id", "indicator", true, true),
                        text("faktor_pendukung"),
                        text("faktor_penghambat"),
                        text("upaya_peningkatan")};
    analisis.primaryKey = {QStringLiteral("indicator_id")};
    analisis.withoutRowid = true;
    analisis.lockedWithPk = false;
    addScope(analisis, "indicator", "indicator_id");
    tables << analisis;

    SchemaTable spent {QStringLiteral("realisasi_anggaran")};
    spent.columns = {link("program_id", "pk_program", true, true),
                     integer("quarter", QStringLiteral("quarter BETWEEN 1 AND 4")),
                     text("amount")};
    spent.primaryKey = {QStringLiteral("program_id"), QStringLiteral("quarter")};
    spent.withoutRowid = true;
    spent.lockedWithPk = false;
    addScope(spent, "pk_program", "program_id");
    tables << spent;

    // No row: the defaults (nothing closed, no cap, the regulation's formula, the five-level
    // scale). kategori_scale is the scale's JSON (KategoriScale::toJson).
    SchemaTable measure {QStringLiteral("measure_setting")};
    measure.columns = {singleton(),
                       integer("reporting_year"),
                       integer("closed_quarter", QStringLiteral("closed_quarter BETWEEN 0 AND 4")),
                       text("cap"),
                       text("negative_formula"),
                       text("kendala_below"),
                       text("kategori_scale")};
    measure.columns[3].check = QStringLiteral("cap IN ('none', '100', '120')");
    measure.columns[4].check
        = QStringLiteral("negative_formula IN ('regulation', 'target-over-realisasi')");
    measure.columns[5].notNull = false;
    measure.primaryKey = {QStringLiteral("id")};
    tables << measure;

    // An offline copy of a server workspace: where it came from, the ids it may give new objects
    // (a block the server reserved for it, so they never clash with others'), and the version and
    // content hash of every object as pulled, which tell a push what the user changed.
    SchemaTable origin {QStringLiteral("server_origin")};
    origin.columns = {singleton(),
                      text("url"),
                      text("pulled_at"),
                      {QStringLiteral("first_free_id"), Type::Integer},
                      {QStringLiteral("last_free_id"), Type::Integer}};
    origin.primaryKey = {QStringLiteral("id")};
    origin.where = SchemaTable::Where::FileOnly;
    origin.access = SchemaTable::Access::Internal;
    tables << origin;

    SchemaTable base {QStringLiteral("server_base")};
    base.columns = {{QStringLiteral("object_id"), Type::Integer},
                    {QStringLiteral("version"), Type::Integer},
                    text("hash")};
    base.primaryKey = {QStringLiteral("object_id")};
    base.withoutRowid = true;
    base.where = SchemaTable::Where::FileOnly;
    base.access = SchemaTable::Access::Internal;
    tables << base;

    // One row: the SHA-256 of everything else (ContentChecksum), which opening the file verifies.
    // A server guards its rows itself, so only a file has it.
    SchemaTable checksum {QStringLiteral("content_checksum")};
    checksum.columns = {singleton(), text("sha256")};
    checksum.primaryKey = {QStringLiteral("id")};
    checksum.where = SchemaTable::Where::FileOnly;
    checksum.access = SchemaTable::Access::Internal;
    tables << checksum;
    return tables;
}

} // namespace

const QList<SchemaTable> &WorkspaceTables::all()
{
    static const QList<SchemaTable> tables = declareTables();
    return tables;
}

const SchemaTable *WorkspaceTables::find(const QString &name)
{
    for (const SchemaTable &table : all()) {
        if (table.name == name)
            return &table;
    }
    return nullptr;
}

QString WorkspaceTables::createStatement(const QString &name, SqlDialect dialect)
{
    const SchemaTable *table = find(name);
    Q_ASSERT(table);
    return table->createStatement(dialect);
}

} // namespace Tepat
