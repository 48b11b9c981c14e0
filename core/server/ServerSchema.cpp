#include "server/ServerSchema.h"

#include "server/PgConnection.h"
#include "store/WorkspaceTables.h"

#include <QRegularExpression>

namespace Tepat {

namespace {

// Functions: who the caller is, which OPDs they draft for, ids, and the workflow of a PK.
// %1 is the role prefix, %2 the schema; a line of ";;" ends each statement. Functions that run with
// the owner's rights name their search_path, so a caller's own schema cannot slip objects under
// them. Each replaces an older layout's, which is how upgrade() brings them up to date.
const char *functionsSql = R"SQL(
CREATE OR REPLACE FUNCTION tepat_is(who name, role_suffix text) RETURNS boolean
LANGUAGE sql STABLE AS $$ SELECT pg_has_role(who, '%1_' || role_suffix, 'MEMBER') $$
;;

CREATE OR REPLACE FUNCTION tepat_opds_of(who name) RETURNS bigint[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = %2 AS $$
    SELECT coalesce(array_agg(o.id), '{}') FROM user_opd u JOIN opd o ON o.code = u.opd_code
    WHERE u.username = who $$
;;

-- A block of n ids: new objects take ids from the server, so no two users ever make the same one.
CREATE OR REPLACE FUNCTION tepat_allocate_ids(n integer) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = %2 AS $$
DECLARE first bigint;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('tepat_object_id'));
    first := nextval('tepat_object_id');
    IF n > 1 THEN
        PERFORM setval('tepat_object_id', first + n - 1);
    END IF;
    RETURN first;
END $$
;;

-- A PK's or plan item's OPD and PK, from the row it belongs to: never from the client, so
-- policies can trust it. Rows that belong to an object get theirs from tepat_scope_<table>.
CREATE OR REPLACE FUNCTION tepat_scope() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'pk' THEN
        NEW.opd_scope := NEW.opd_id;
        NEW.pk_scope := NEW.id;
    ELSIF TG_TABLE_NAME = 'plan_item' THEN
        IF NEW.opd_id IS NOT NULL THEN
            NEW.opd_scope := NEW.opd_id;
            NEW.pk_scope := NULL;
        ELSIF NEW.pk_id IS NOT NULL THEN
            SELECT opd_id, id INTO NEW.opd_scope, NEW.pk_scope FROM pk WHERE id = NEW.pk_id;
        ELSIF NEW.parent_item_id IS NOT NULL THEN
            SELECT opd_scope, pk_scope INTO NEW.opd_scope, NEW.pk_scope
                FROM plan_item WHERE id = NEW.parent_item_id;
        ELSE
            NEW.opd_scope := NULL;
            NEW.pk_scope := NULL;
        END IF;
    END IF;
    RETURN NEW;
END $$
;;

-- A PK that the workflow moved on is closed to penyusun; a locked one to everyone until an admin
-- unlocks it. A PK is locked in one way only: its lock history ends in a lock, whether it was
-- signed or the workflow made it terkunci (tepat_move_pk records that lock). Counting a PK's
-- version up, because a row that belongs to it changed, changes none of its content. The lock
-- history itself is how a locked PK changes state: tepat_lock_guard says who may write it.
CREATE OR REPLACE FUNCTION tepat_workflow_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    scope bigint;
    current_state text;
BEGIN
    IF TG_TABLE_NAME = 'pk_lock_event'
       OR (TG_OP = 'UPDATE' AND (to_jsonb(NEW) - 'version') = (to_jsonb(OLD) - 'version')) THEN
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        RETURN NEW;
    END IF;
    IF TG_OP = 'DELETE' THEN
        scope := OLD.pk_scope;
    ELSE
        scope := NEW.pk_scope;
    END IF;
    IF scope IS NOT NULL THEN
        IF (SELECT action FROM pk_lock_event
                WHERE pk_id = scope ORDER BY position DESC LIMIT 1) = 'lock' THEN
            RAISE EXCEPTION 'PK % is locked (signed, or terkunci at the end of its workflow): nobody may change it. Make a PK Perubahan, or have an admin unlock it for a revision (revisi).', scope
                USING ERRCODE = '42501';
        END IF;
        SELECT state INTO current_state FROM pk_workflow WHERE pk_id = scope;
        IF coalesce(current_state, 'draft') <> 'draft' AND NOT tepat_is(current_user, 'admin') THEN
            RAISE EXCEPTION 'PK % is %: only a draft PK can be changed. A reviewer can send it back to draft.', scope, current_state
                USING ERRCODE = '42501';
        END IF;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END $$
;;

-- Only an admin locks or unlocks a PK (and the owner, who publishes a workspace with its history).
-- Others write a PK with its lock history, so a row they send that the server has already,
-- unchanged, passes: it changes nothing.
CREATE OR REPLACE FUNCTION tepat_lock_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    target bigint;
BEGIN
    IF tepat_is(current_user, 'admin')
       OR pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER') THEN
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF EXISTS (SELECT FROM pk_lock_event e WHERE e.pk_id = NEW.pk_id
                AND e.position = NEW.position AND (to_jsonb(e) - '{opd_scope,pk_scope}'::text[])
                    = (to_jsonb(NEW) - '{opd_scope,pk_scope}'::text[])) THEN
            RETURN NEW;
        END IF;
        target := NEW.pk_id;
    ELSE
        target := OLD.pk_id;
    END IF;
    RAISE EXCEPTION 'Only an admin may lock or unlock PK %.', target USING ERRCODE = '42501';
END $$
;;

-- Every change of an object's content counts its version up and says who made it and when; an
-- edit that names an older version finds nothing to update and is refused.
CREATE OR REPLACE FUNCTION tepat_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    noise text[] := '{position,version,changed_by,changed_at,opd_scope,pk_scope}';
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.version := 1;
    ELSIF NEW.version IS DISTINCT FROM OLD.version
          OR (to_jsonb(NEW) - noise) IS DISTINCT FROM (to_jsonb(OLD) - noise) THEN
        NEW.version := OLD.version + 1;
    ELSE
        NEW.version := OLD.version;
        NEW.changed_by := OLD.changed_by;
        NEW.changed_at := OLD.changed_at;
        RETURN NEW;
    END IF;
    NEW.changed_by := current_user;
    NEW.changed_at := now();
    RETURN NEW;
END $$
;;

-- The history: every change with its user, time, object, old and new values, written with the
-- owner's rights so that nobody can leave a change out or write one of their own. Then a
-- notification, which open windows follow.
CREATE OR REPLACE FUNCTION tepat_audit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = %2 AS $$
DECLARE
    old_row jsonb;
    new_row jsonb;
    object bigint;
    noise text[] := '{position,version,changed_by,changed_at,opd_scope,pk_scope}';
    operation text := TG_OP;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        old_row := to_jsonb(OLD);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        new_row := to_jsonb(NEW);
    END IF;
    IF TG_ARGV[0] = '' THEN
        object := 0;
    ELSE
        object := (coalesce(new_row, old_row) ->> TG_ARGV[0])::bigint;
    END IF;
    IF TG_OP = 'UPDATE' AND (old_row - noise) = (new_row - noise) THEN
        operation := 'ORDER';
    ELSE
        INSERT INTO audit_log (username, table_name, object_id, action, old_values, new_values)
            VALUES (session_user, TG_TABLE_NAME, object, TG_OP, old_row - noise, new_row - noise);
    END IF;
    PERFORM pg_notify('tepat_changes',
                      json_build_object('id', object, 'table', TG_TABLE_NAME, 'op', operation,
                                        'user', session_user)::text);
    RETURN NULL;
END $$
;;

CREATE OR REPLACE FUNCTION tepat_pk_created() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = %2 AS $$
BEGIN
    INSERT INTO pk_workflow (pk_id) VALUES (NEW.id) ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$
;;

-- Moves a PK one step along draft → diajukan → direviu → disetujui → terkunci, or back to draft
-- (tolak by a reviewer, revisi of a locked PK by an admin), if the caller's role allows that step
-- and the PK is still in from_state. Returns the workflow's new version.
CREATE OR REPLACE FUNCTION tepat_move_pk(target_pk bigint, from_state text, to_state text, note text)
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = %2 AS $$
DECLARE
    who name := session_user;
    flow pk_workflow%ROWTYPE;
    pk_opd bigint;
    allowed boolean := false;
BEGIN
    SELECT * INTO flow FROM pk_workflow WHERE pk_id = target_pk FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'PK % does not exist.', target_pk USING ERRCODE = 'P0002';
    END IF;
    IF flow.state <> from_state THEN
        RAISE EXCEPTION 'PK % is % now, not %: % moved it at % UTC.', target_pk, flow.state,
            from_state, flow.changed_by, to_char(flow.changed_at, 'YYYY-MM-DD HH24:MI:SS')
            USING ERRCODE = '40001';
    END IF;
    SELECT opd_id INTO pk_opd FROM pk WHERE id = target_pk;
    IF flow.state = 'draft' AND to_state = 'diajukan' THEN
        allowed := tepat_is(who, 'admin')
            OR (tepat_is(who, 'penyusun') AND pk_opd = ANY (tepat_opds_of(who)));
    ELSIF flow.state = 'diajukan' AND to_state = 'direviu' THEN
        allowed := tepat_is(who, 'admin') OR tepat_is(who, 'reviewer');
    ELSIF flow.state = 'direviu' AND to_state = 'disetujui' THEN
        allowed := tepat_is(who, 'admin');
    ELSIF flow.state = 'disetujui' AND to_state = 'terkunci' THEN
        allowed := tepat_is(who, 'admin');
    ELSIF flow.state IN ('diajukan', 'direviu', 'disetujui') AND to_state = 'draft' THEN
        allowed := tepat_is(who, 'admin') OR tepat_is(who, 'reviewer');
    ELSIF flow.state = 'terkunci' AND to_state = 'draft' THEN
        allowed := tepat_is(who, 'admin');
    ELSE
        RAISE EXCEPTION 'A PK cannot go from % to %.', flow.state, to_state USING ERRCODE = '42501';
    END IF;
    IF NOT allowed THEN
        RAISE EXCEPTION '% may not move PK % from % to %.', who, target_pk, flow.state, to_state
            USING ERRCODE = '42501';
    END IF;
    IF to_state = 'draft' AND coalesce(btrim(note), '') = '' THEN
        RAISE EXCEPTION 'Sending PK % back to draft needs a note saying why.', target_pk
            USING ERRCODE = '42501';
    END IF;
    IF 'terkunci' IN (flow.state, to_state) THEN
        -- Locking and revisi are entries of the PK's lock history, which files keep too;
        -- tepat_lock_moves_workflow then moves the workflow.
        INSERT INTO pk_lock_event (pk_id, position, action, method, at, signed_on, note, author)
            SELECT target_pk, coalesce(max(position) + 1, 0),
                   CASE WHEN to_state = 'terkunci' THEN 'lock' ELSE 'unlock' END, 'workflow',
                   to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                   CASE WHEN to_state = 'terkunci'
                        THEN to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD') ELSE '' END,
                   coalesce(tepat_move_pk.note, ''), who
            FROM pk_lock_event WHERE pk_id = target_pk;
        RETURN flow.version + 1;
    END IF;
    INSERT INTO pk_workflow_step (pk_id, from_state, to_state, by_user, note)
        VALUES (target_pk, flow.state, to_state, who, coalesce(note, ''));
    UPDATE pk_workflow SET state = to_state, version = version + 1, changed_by = who,
        changed_at = now() WHERE pk_id = target_pk;
    RETURN flow.version + 1;
END $$
;;

-- The workflow follows the lock history, so that a PK is locked in one way only: a lock (signed,
-- or terkunci through tepat_move_pk) makes it terkunci, an unlock (revisi) a draft again.
CREATE OR REPLACE FUNCTION tepat_lock_moves_workflow() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = %2 AS $$
DECLARE
    flow pk_workflow%ROWTYPE;
    to_state text := CASE WHEN NEW.action = 'lock' THEN 'terkunci' ELSE 'draft' END;
BEGIN
    SELECT * INTO flow FROM pk_workflow WHERE pk_id = NEW.pk_id FOR UPDATE;
    IF NOT FOUND OR flow.state = to_state THEN
        RETURN NULL;
    END IF;
    INSERT INTO pk_workflow_step (pk_id, from_state, to_state, by_user, note)
        VALUES (NEW.pk_id, flow.state, to_state, session_user, NEW.note);
    UPDATE pk_workflow SET state = to_state, version = version + 1, changed_by = session_user,
        changed_at = now() WHERE pk_id = NEW.pk_id;
    RETURN NULL;
END $$
;;
)SQL";

const char *serverTablesSql = R"SQL(
CREATE SEQUENCE tepat_object_id;
CREATE TABLE user_opd (
    username text NOT NULL,
    opd_code text NOT NULL,
    PRIMARY KEY (username, opd_code));
CREATE TABLE pk_workflow (
    pk_id bigint PRIMARY KEY REFERENCES pk (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    state text NOT NULL DEFAULT 'draft'
        CHECK (state IN ('draft', 'diajukan', 'direviu', 'disetujui', 'terkunci')),
    version bigint NOT NULL DEFAULT 1,
    changed_by text NOT NULL DEFAULT current_user,
    changed_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE pk_workflow_step (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    pk_id bigint NOT NULL,
    from_state text NOT NULL,
    to_state text NOT NULL,
    by_user text NOT NULL,
    at timestamptz NOT NULL DEFAULT now(),
    note text NOT NULL);
CREATE INDEX pk_workflow_step_pk ON pk_workflow_step (pk_id, id);
CREATE TABLE audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    username text NOT NULL,
    table_name text NOT NULL,
    object_id bigint NOT NULL,
    action text NOT NULL,
    old_values jsonb,
    new_values jsonb);
CREATE INDEX audit_log_object ON audit_log (object_id, id);
CREATE INDEX plan_item_parent ON plan_item (parent_item_id);
CREATE INDEX indicator_owner ON indicator (owner_id);
CREATE INDEX indicator_serves ON indicator (serves_id);
)SQL";

QString lockMovesWorkflowTrigger()
{
    return QStringLiteral("CREATE TRIGGER tepat_7_workflow AFTER INSERT ON pk_lock_event FOR EACH "
                          "ROW EXECUTE FUNCTION tepat_lock_moves_workflow()");
}

QString ownerOf(const SchemaTable &table)
{
    // Rows that belong to an object name it in their first link column; the workspace's own
    // tables belong to the pemda row.
    if (table.isObject)
        return {};
    if (table.name == QLatin1String("pagu"))
        return QStringLiteral("plan_item,plan_item_id");
    if (table.name == QLatin1String("target"))
        return QStringLiteral("indicator,indicator_id");
    if (table.name == QLatin1String("pk_program"))
        return QStringLiteral("pk,pk_id");
    // A program row is no object of its own: what it spent is part of its PK.
    if (table.name == QLatin1String("realisasi_anggaran"))
        return QStringLiteral("pk,pk_scope");
    if (!table.scopeTable.isEmpty())
        return table.scopeTable + QLatin1Char(',') + table.scopeColumn;
    if (table.access == SchemaTable::Access::Admin && table.name != QLatin1String("rule_setting")
        && table.name != QLatin1String("acknowledgement")) {
        return QStringLiteral("pemda,");
    }
    return {};
}

// The column of a row that names its object in the history: its own id, its owner's, or none for
// the workspace's own rows (object 0).
QString auditKey(const SchemaTable &table)
{
    if (table.isObject && table.name != QLatin1String("pemda"))
        return QStringLiteral("id");
    const QString owner = ownerOf(table);
    const QString column = owner.section(QLatin1Char(','), 1);
    if (owner.startsWith(QLatin1String("pemda,")) || table.name == QLatin1String("pemda"))
        return {};
    return column;
}

QStringList tableStatements(const SchemaTable &table, const QString &prefix)
{
    const QString name = table.name;
    const QString readers = QStringLiteral("%1_admin, %1_reviewer, %1_penyusun").arg(prefix);
    QStringList sql;
    sql << table.createStatement(SqlDialect::Postgres);
    if (table.access == SchemaTable::Access::Opd) {
        // Static SQL in a function per table: PL/pgSQL keeps its plan, which dynamic SQL would
        // make it build again for every row.
        QString function = QStringLiteral("tepat_scope");
        if (!table.scopeTable.isEmpty()) {
            function = QStringLiteral("tepat_scope_%1").arg(name);
            sql << QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                                  "BEGIN\n"
                                  "    SELECT opd_scope, pk_scope INTO NEW.opd_scope, NEW.pk_scope "
                                  "FROM %2 WHERE id = NEW.%3;\n"
                                  "    RETURN NEW;\n"
                                  "END $$")
                       .arg(function, table.scopeTable, table.scopeColumn);
        }
        sql << QStringLiteral("CREATE TRIGGER tepat_1_scope BEFORE INSERT OR UPDATE ON %1 FOR "
                              "EACH ROW EXECUTE FUNCTION %2()")
                   .arg(name, function);
        if (table.lockedWithPk) {
            sql << QStringLiteral("CREATE TRIGGER tepat_2_workflow BEFORE INSERT OR UPDATE OR "
                                  "DELETE ON %1 FOR EACH ROW EXECUTE FUNCTION "
                                  "tepat_workflow_guard()")
                       .arg(name);
        }
    }
    if (table.isObject) {
        sql << QStringLiteral("CREATE TRIGGER tepat_3_version BEFORE INSERT OR UPDATE ON %1 FOR "
                              "EACH ROW EXECUTE FUNCTION tepat_version()")
                   .arg(name);
    }
    if (const QString owner = ownerOf(table); !owner.isEmpty()) {
        // A row that belongs to an object (a target, a pagu, a program row, the period) is part of
        // its content: changing it counts the object's version up, once per transaction.
        const QString ownerTable = owner.section(QLatin1Char(','), 0, 0);
        const QString column = owner.section(QLatin1Char(','), 1);
        const QString ownerId = column.isEmpty()
            ? QStringLiteral("1")
            : QStringLiteral("CASE WHEN TG_OP = 'DELETE' THEN OLD.%1 ELSE NEW.%1 END").arg(column);
        sql << QStringLiteral("CREATE FUNCTION tepat_touch_%1() RETURNS trigger LANGUAGE plpgsql "
                              "AS $$\n"
                              "BEGIN\n"
                              "    UPDATE %2 SET version = version + 1 WHERE id = %3\n"
                              "        AND xmin::text <> (pg_current_xact_id()::text::bigint "
                              "% 4294967296)::text;\n"
                              "    RETURN NULL;\n"
                              "END $$")
                   .arg(name, ownerTable, ownerId)
            << QStringLiteral("CREATE TRIGGER tepat_4_owner AFTER INSERT OR UPDATE OR DELETE ON "
                              "%1 FOR EACH ROW EXECUTE FUNCTION tepat_touch_%1()")
                   .arg(name);
    }
    sql << QStringLiteral("CREATE TRIGGER tepat_5_audit AFTER INSERT OR UPDATE OR DELETE ON %1 "
                          "FOR EACH ROW EXECUTE FUNCTION tepat_audit('%2')")
               .arg(name, auditKey(table));
    if (name == QLatin1String("pk")) {
        sql << QStringLiteral("CREATE TRIGGER tepat_6_workflow AFTER INSERT ON pk FOR EACH ROW "
                              "EXECUTE FUNCTION tepat_pk_created()");
    }
    if (name == QLatin1String("pk_lock_event")) {
        sql << QStringLiteral("CREATE TRIGGER tepat_2_lock BEFORE INSERT OR UPDATE OR DELETE ON "
                              "pk_lock_event FOR EACH ROW EXECUTE FUNCTION tepat_lock_guard()")
            << lockMovesWorkflowTrigger();
    }

    // Rights: everyone reads; who writes depends on the table. Row-level security narrows a
    // penyusun's writes to the rows of their own OPDs.
    sql << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(name)
        << QStringLiteral("GRANT SELECT ON %1 TO %2").arg(name, readers)
        << QStringLiteral("CREATE POLICY tepat_read ON %1 FOR SELECT TO %2 USING (true)")
               .arg(name, readers)
        << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2_admin").arg(name, prefix)
        << QStringLiteral("CREATE POLICY tepat_admin ON %1 TO %2_admin USING (true) WITH CHECK "
                          "(true)")
               .arg(name, prefix);
    const QString mine
        = QStringLiteral("opd_scope IN (SELECT unnest(tepat_opds_of(current_user)))");
    switch (table.access) {
    case SchemaTable::Access::Opd:
        sql << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2_penyusun").arg(name, prefix)
            << QStringLiteral("CREATE POLICY tepat_penyusun ON %1 TO %2_penyusun USING (%3) WITH "
                              "CHECK (%3)")
                   .arg(name, prefix, mine);
        break;
    case SchemaTable::Access::Review:
        sql << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2_reviewer").arg(name, prefix)
            << QStringLiteral("CREATE POLICY tepat_reviewer ON %1 TO %2_reviewer USING (true) "
                              "WITH CHECK (true)")
                   .arg(name, prefix);
        break;
    case SchemaTable::Access::Admin:
    case SchemaTable::Access::Internal:
        break;
    }
    return sql;
}

} // namespace

QString ServerSchema::prefixFor(const QString &database)
{
    QString prefix = QStringLiteral("tepat_")
        + database.toLower().replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")),
                                     QStringLiteral("_"));
    // Role names are at most 63 bytes; "_penyusun" follows.
    return prefix.left(50);
}

QStringList ServerSchema::functionStatements(const QString &prefix, const QString &schema)
{
    QStringList sql;
    for (const QString &statement :
         QString::fromUtf8(functionsSql).arg(prefix, schema).split(QStringLiteral("\n;;\n"))) {
        if (!statement.trimmed().isEmpty())
            sql << statement.trimmed();
    }
    return sql;
}

QStringList ServerSchema::upgradeStatements(int from, const QString &prefix, const QString &schema)
{
    QStringList sql;
    if (from < 2) {
        // Layout 2: terkunci is a lock in the PK's lock history, as a signature is. PKs a layout 1
        // server made terkunci get that lock; signed ones that the workflow had not reached it
        // become terkunci.
        sql << QStringLiteral(
            "ALTER TABLE pk_lock_event DROP CONSTRAINT pk_lock_event_method_check")
            << QStringLiteral("ALTER TABLE pk_lock_event ADD CONSTRAINT pk_lock_event_method_check "
                              "CHECK (method IN ('signed-pdf', 'paper', 'workflow'))")
            << functionStatements(prefix, schema) << lockMovesWorkflowTrigger()
            << QStringLiteral(
                   "INSERT INTO pk_lock_event (pk_id, position, action, method, at, signed_on, "
                   "note, author) "
                   "SELECT w.pk_id, coalesce((SELECT max(e.position) + 1 FROM pk_lock_event e "
                   "WHERE e.pk_id = w.pk_id), 0), 'lock', 'workflow', "
                   "to_char(w.changed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), "
                   "to_char(w.changed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'), 'terkunci', "
                   "w.changed_by FROM pk_workflow w WHERE w.state = 'terkunci' AND coalesce(("
                   "SELECT e.action FROM pk_lock_event e WHERE e.pk_id = w.pk_id ORDER BY "
                   "e.position DESC LIMIT 1), 'unlock') <> 'lock'")
            << QStringLiteral(
                   "INSERT INTO pk_workflow_step (pk_id, from_state, to_state, by_user, note) "
                   "SELECT w.pk_id, w.state, 'terkunci', current_user, 'signed' FROM pk_workflow "
                   "w WHERE w.state <> 'terkunci' AND (SELECT e.action FROM pk_lock_event e "
                   "WHERE e.pk_id = w.pk_id ORDER BY e.position DESC LIMIT 1) = 'lock'")
            << QStringLiteral(
                   "UPDATE pk_workflow w SET state = 'terkunci', version = version + 1, "
                   "changed_by = current_user, changed_at = now() WHERE w.state <> 'terkunci' "
                   "AND (SELECT e.action FROM pk_lock_event e WHERE e.pk_id = w.pk_id ORDER BY "
                   "e.position DESC LIMIT 1) = 'lock'");
    }
    if (from < 3) {
        // Layout 3: the analisis of a PK indicator's year (file format 9), with the rights,
        // history and scope of every table.
        sql << tableStatements(*WorkspaceTables::find(QStringLiteral("realisasi_analisis")),
                               prefix);
    }
    sql << QStringLiteral("UPDATE tepat_server SET schema_version = %1").arg(version);
    return sql;
}

QStringList ServerSchema::createStatements(const QString &prefix, const QString &schema)
{
    QStringList sql;
    for (const char *group : {"admin", "reviewer", "penyusun"}) {
        const QString role = QStringLiteral("%1_%2").arg(prefix, QLatin1String(group));
        sql << QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = "
                              "'%1') THEN CREATE ROLE %1 NOLOGIN; END IF; END $$")
                   .arg(role);
    }
    sql << QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2_admin, %2_reviewer, %2_penyusun")
               .arg(schema, prefix);
    for (const SchemaTable &table : WorkspaceTables::all()) {
        if (table.existsIn(SqlDialect::Postgres))
            sql << table.createStatement(SqlDialect::Postgres);
    }
    for (const QString &statement : QString::fromUtf8(serverTablesSql).split(QLatin1Char(';'))) {
        if (!statement.trimmed().isEmpty())
            sql << statement.trimmed();
    }
    sql << functionStatements(prefix, schema);
    for (const SchemaTable &table : WorkspaceTables::all()) {
        if (!table.existsIn(SqlDialect::Postgres))
            continue;
        QStringList statements = tableStatements(table, prefix);
        statements.removeFirst(); // created above, before the functions that name the tables
        sql << statements;
    }
    const QString readers = QStringLiteral("%1_admin, %1_reviewer, %1_penyusun").arg(prefix);
    for (const char *table : {"user_opd", "pk_workflow", "pk_workflow_step", "audit_log"})
        sql << QStringLiteral("GRANT SELECT ON %1 TO %2").arg(QLatin1String(table), readers);
    sql << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON user_opd TO %1_admin").arg(prefix)
        << QStringLiteral("GRANT USAGE ON SEQUENCE acknowledgement_seq_seq TO %1_admin").arg(prefix)
        << QStringLiteral("CREATE TRIGGER tepat_5_audit AFTER INSERT OR UPDATE OR DELETE ON "
                          "pk_workflow FOR EACH ROW EXECUTE FUNCTION tepat_audit('pk_id')")
        << QStringLiteral("REVOKE ALL ON FUNCTION tepat_allocate_ids(integer), "
                          "tepat_move_pk(bigint, text, text, text) FROM PUBLIC")
        << QStringLiteral("GRANT EXECUTE ON FUNCTION tepat_allocate_ids(integer), "
                          "tepat_move_pk(bigint, text, text, text) TO %1")
               .arg(readers);
    return sql;
}

Result<int> ServerSchema::installedVersion(PgConnection &connection)
{
    const Result<QVariant> exists
        = connection.scalar(QStringLiteral("SELECT to_regclass('tepat_server') IS NOT NULL"));
    if (!exists)
        return fail(exists.error());
    if (!exists->toBool())
        return 0;
    const Result<QVariant> installed
        = connection.scalar(QStringLiteral("SELECT schema_version FROM tepat_server"));
    if (!installed)
        return fail(installed.error());
    const int found = installed->toInt();
    if (found > version) {
        return fail(Error(Error::Code::TooNew,
                          tr("%1 was set up by a newer Tepat (server layout %2); this one works "
                             "with layout %3 at most. Update Tepat.")
                              .arg(connection.path())
                              .arg(found)
                              .arg(version),
                          connection.path()));
    }
    return found;
}

Result<QString> ServerSchema::rolePrefix(PgConnection &connection)
{
    const Result<QVariant> prefix
        = connection.scalar(QStringLiteral("SELECT role_prefix FROM tepat_server"));
    if (!prefix)
        return fail(prefix.error());
    if (!prefix->isValid()) {
        return fail(Error(Error::Code::NotAWorkspace,
                          tr("%1 is not a Tepat server: run \"tepat-cli server init\" first.")
                              .arg(connection.path()),
                          connection.path()));
    }
    return prefix->toString();
}

Result<void> ServerSchema::init(PgConnection &connection)
{
    const Result<int> installed = installedVersion(connection);
    if (!installed)
        return fail(installed.error());
    if (*installed == version)
        return {};
    QSqlDatabase &db = connection.database();
    if (!db.transaction())
        return fail(connection.errorFrom(db.lastError()));
    const auto abort = [&](const Error &error) {
        db.rollback();
        return fail(error);
    };
    if (*installed == 0) {
        const Result<QVariant> database
            = connection.scalar(QStringLiteral("SELECT current_database()"));
        const Result<QVariant> schema
            = connection.scalar(QStringLiteral("SELECT current_schema()"));
        if (!database || !schema)
            return abort(!database ? database.error() : schema.error());
        const QString prefix = prefixFor(database->toString());
        for (const QString &statement : createStatements(prefix, schema->toString())) {
            if (Result<void> done = connection.exec(statement); !done) {
                Error error = done.error();
                error.message = error.code == Error::Code::Denied
                    ? tr("Setting up %1 failed (%2). Run it as the database's owner with the "
                         "right to create roles, or as a superuser.")
                          .arg(connection.path(), error.message)
                    : tr("Setting up %1 failed: %2").arg(connection.path(), error.message);
                return abort(error);
            }
        }
        if (Result<void> created = connection.exec(
                QStringLiteral("CREATE TABLE tepat_server (id integer PRIMARY KEY CHECK (id = 1), "
                               "schema_version integer NOT NULL, role_prefix text NOT NULL)"));
            !created) {
            return abort(created.error());
        }
        const Result<QVariant> recorded = connection.scalar(
            QStringLiteral("INSERT INTO tepat_server VALUES (1, ?, ?) RETURNING 1"),
            {version, prefix});
        if (!recorded)
            return abort(recorded.error());
        if (Result<void> readable = connection.exec(
                QStringLiteral("GRANT SELECT ON tepat_server TO %1_admin, %1_reviewer, "
                               "%1_penyusun")
                    .arg(prefix));
            !readable) {
            return abort(readable.error());
        }
    }
    if (*installed > 0) {
        const Result<QString> prefix = rolePrefix(connection);
        const Result<QVariant> schema
            = connection.scalar(QStringLiteral("SELECT current_schema()"));
        if (!prefix || !schema)
            return abort(!prefix ? prefix.error() : schema.error());
        for (const QString &statement :
             upgradeStatements(*installed, *prefix, schema->toString())) {
            if (Result<void> done = connection.exec(statement); !done) {
                Error error = done.error();
                error.message = tr("Bringing %1 from layout %2 to %3 failed: %4")
                                    .arg(connection.path())
                                    .arg(*installed)
                                    .arg(version)
                                    .arg(error.message);
                return abort(error);
            }
        }
    }
    if (!db.commit())
        return fail(connection.errorFrom(db.lastError()));
    return {};
}

} // namespace Tepat
