#include "server/ServerStore.h"

#include "server/PgConnection.h"
#include "server/ServerSchema.h"
#include "store/ObjectRows.h"
#include "store/RowWriter.h"
#include "store/WorkspaceTables.h"
#include "store/WorkspaceWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimer>

namespace Tepat {

namespace {

// How many ids a window takes from the server at a time: one round trip per 100 new objects.
constexpr int idBlock = 100;
const QLatin1String channel("tepat_changes");

// The rows that belong to an object, replaced whole when it is written: (table, column naming
// the object, or empty for the workspace's own rows, which are all of the table).
QList<std::pair<QString, QString>> partsOf(const QString &table)
{
    if (table == QLatin1String("indicator")) {
        return {{QStringLiteral("target"), QStringLiteral("indicator_id")},
                {QStringLiteral("realisasi"), QStringLiteral("indicator_id")},
                {QStringLiteral("realisasi_analisis"), QStringLiteral("indicator_id")}};
    }
    if (table == QLatin1String("plan_item"))
        return {{QStringLiteral("pagu"), QStringLiteral("plan_item_id")}};
    if (table == QLatin1String("pk")) {
        return {{QStringLiteral("pk_program"), QStringLiteral("pk_id")},
                {QStringLiteral("realisasi_anggaran"), QStringLiteral("pk_scope")},
                {QStringLiteral("pk_lock_event"), QStringLiteral("pk_id")}};
    }
    if (table == QLatin1String("pemda")) {
        return {{QStringLiteral("periode"), QString()},
                {QStringLiteral("misi"), QString()},
                {QStringLiteral("print_setting"), QString()},
                {QStringLiteral("measure_setting"), QString()}};
    }
    return {};
}

// The table of the object a notification names, from the table of the row that changed.
QString objectTable(const QString &table)
{
    if (table == QLatin1String("target") || table == QLatin1String("realisasi")
        || table == QLatin1String("realisasi_analisis")) {
        return QStringLiteral("indicator");
    }
    if (table == QLatin1String("pagu"))
        return QStringLiteral("plan_item");
    if (table == QLatin1String("pk_program") || table == QLatin1String("pk_lock_event")
        || table == QLatin1String("pk_workflow") || table == QLatin1String("realisasi_anggaran")) {
        return QStringLiteral("pk");
    }
    if (table == QLatin1String("periode") || table == QLatin1String("misi")
        || table == QLatin1String("print_setting") || table == QLatin1String("measure_setting")) {
        return QStringLiteral("pemda");
    }
    return table;
}

// A row's values as one text to compare a row the server has with one the cascade makes; NULL
// differs from the empty text.
QString rowText(const QVariantList &values)
{
    QString text;
    for (const QVariant &value : values) {
        text += value.isNull() ? QStringLiteral("\x01") : value.toString();
        text += QChar(0x1f);
    }
    return text;
}

QString idList(const QList<qint64> &ids)
{
    QStringList numbers;
    for (qint64 id : ids)
        numbers.append(QString::number(id));
    return numbers.join(QLatin1Char(','));
}

const std::array objectTables {"opd", "pk", "plan_item", "indicator", "review_comment"};

} // namespace

ServerStore::ServerStore(const ServerUrl &url,
                         QString password,
                         std::unique_ptr<PgConnection> connection)
    : m_url(url)
    , m_password(std::move(password))
    , m_connection(std::move(connection))
    , m_rows(std::make_unique<RowWriter>(*m_connection))
    , m_notifyTimer(new QTimer(this))
{
    // Changes arrive row by row; one refresh per burst keeps a big edit of someone else's cheap.
    m_notifyTimer->setSingleShot(true);
    m_notifyTimer->setInterval(30);
    connect(m_notifyTimer, &QTimer::timeout, this, [this] {
        if (!m_changed.isEmpty()) {
            const QList<qint64> ids(m_changed.cbegin(), m_changed.cend());
            m_changed.clear();
            emit objectsChanged(ids);
        }
        for (qint64 pk : std::exchange(m_workflowChanged, {}))
            emit workflowChanged(pk);
    });
}

ServerStore::~ServerStore() = default;

Result<std::unique_ptr<ServerStore>> ServerStore::open(const ServerUrl &url,
                                                       const QString &password)
{
    Result<std::unique_ptr<PgConnection>> connection = PgConnection::open(url, password);
    if (!connection)
        return fail(connection.error());
    std::unique_ptr<ServerStore> store(new ServerStore(url, password, std::move(*connection)));
    const Result<int> installed = ServerSchema::installedVersion(*store->m_connection);
    if (!installed)
        return fail(installed.error());
    if (*installed == 0) {
        return fail(Error(
            Error::Code::NotAWorkspace,
            tr("%1 is not a Tepat server: run \"tepat-cli server init\" first.").arg(url.display()),
            url.display()));
    }
    if (*installed < ServerSchema::version) {
        // The guards of an older layout would let this Tepat write what they do not know.
        return fail(Error(Error::Code::NotAWorkspace,
                          tr("%1 was set up by an older Tepat (server layout %2): its owner brings "
                             "it up to date with \"tepat-cli server init\" first.")
                              .arg(url.display())
                              .arg(*installed),
                          url.display()));
    }
    if (Result<void> identity = store->readIdentity(); !identity)
        return fail(identity.error());
    return store;
}

QString ServerStore::user() const
{
    return m_connection->user();
}

QString ServerStore::roleName(Role role)
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Reviewer:
        return QStringLiteral("reviewer");
    case Role::Penyusun:
        return QStringLiteral("penyusun");
    case Role::None:
        break;
    }
    return QStringLiteral("none");
}

Result<void> ServerStore::readIdentity()
{
    QSqlQuery query(m_connection->database());
    if (!query.exec(QStringLiteral("SELECT tepat_is(current_user, 'admin'), "
                                   "tepat_is(current_user, 'reviewer'), "
                                   "tepat_is(current_user, 'penyusun')"))
        || !query.next()) {
        return fail(m_connection->errorFrom(query.lastError()));
    }
    m_role = query.value(0).toBool() ? Role::Admin
        : query.value(1).toBool()    ? Role::Reviewer
        : query.value(2).toBool()    ? Role::Penyusun
                                     : Role::None;
    m_opdCodes.clear();
    QSqlQuery codes(m_connection->database());
    if (!codes.exec(QStringLiteral(
            "SELECT opd_code FROM user_opd WHERE username = current_user ORDER BY opd_code")))
        return fail(m_connection->errorFrom(codes.lastError()));
    while (codes.next())
        m_opdCodes.append(codes.value(0).toString());
    return {};
}

Result<Cascade> ServerStore::load()
{
    QSqlDatabase &db = m_connection->database();
    // One snapshot for every table, so a load never sees half of someone's edit.
    if (!db.transaction())
        return fail(m_connection->errorFrom(db.lastError()));
    if (Result<void> snapshot = m_connection->exec(
            QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"));
        !snapshot) {
        db.rollback();
        return fail(snapshot.error());
    }
    Result<Cascade> cascade = WorkspaceReader(*m_connection).read();
    if (!cascade) {
        db.rollback();
        if (cascade.error().message.contains(QLatin1String("pemda is missing"))) {
            return fail(Error(Error::Code::NotFound,
                              tr("%1 holds no workspace yet: an admin publishes one with "
                                 "\"tepat-cli server publish\".")
                                  .arg(m_url.display()),
                              m_url.display()));
        }
        return cascade;
    }
    m_versions.clear();
    m_tables.clear();
    m_hashes.clear();
    QSqlQuery query(db);
    QStringList selects {QStringLiteral("SELECT 'pemda', 0::bigint, version FROM pemda")};
    for (const char *table : objectTables)
        selects.append(
            QStringLiteral("SELECT '%1', id, version FROM %1").arg(QLatin1String(table)));
    if (!query.exec(selects.join(QStringLiteral(" UNION ALL ")))) {
        const Error error = m_connection->errorFrom(query.lastError());
        db.rollback();
        return fail(error);
    }
    while (query.next()) {
        const qint64 id = query.value(1).toLongLong();
        m_tables.insert(id, query.value(0).toString());
        m_versions.insert(id, query.value(2).toLongLong());
        m_hashes.insert(id, ObjectRows::hash(ObjectRows::of(*cascade, id)));
    }
    db.commit();
    return cascade;
}

Result<void> ServerStore::publish(const Cascade &cascade)
{
    const Result<QVariant> existing
        = m_connection->scalar(QStringLiteral("SELECT count(*) FROM pemda"));
    if (!existing)
        return fail(existing.error());
    if (existing->toInt() > 0) {
        return fail(Error(Error::Code::Invalid,
                          tr("%1 holds a workspace already: publishing needs an empty server.")
                              .arg(m_url.display()),
                          m_url.display()));
    }
    QSqlDatabase &db = m_connection->database();
    if (!db.transaction())
        return fail(m_connection->errorFrom(db.lastError()));
    Result<void> written = WorkspaceWriter(*m_connection).writeRows(cascade);
    qint64 maxId = 1;
    for (const Opd &opd : cascade.opds())
        maxId = std::max(maxId, opd.id);
    for (const PkDocument &pk : cascade.pks()) {
        maxId = std::max(maxId, pk.id);
        for (const PkProgram &program : pk.programs)
            maxId = std::max(maxId, program.id);
    }
    for (const Misi &misi : cascade.periode().misi)
        maxId = std::max(maxId, misi.id);
    for (const ReviewComment &comment : cascade.comments())
        maxId = std::max(maxId, comment.id);
    if (written) {
        const Result<QVariant> highest = m_connection->scalar(
            QStringLiteral("SELECT greatest(coalesce(max(id), 1), ?) FROM (SELECT id FROM "
                           "plan_item UNION ALL SELECT id FROM indicator) AS ids"),
            {maxId});
        if (!highest) {
            written = fail(highest.error());
        } else {
            const Result<QVariant> set = m_connection->scalar(
                QStringLiteral("SELECT setval('tepat_object_id', ?)"), {highest->toLongLong()});
            if (!set)
                written = fail(set.error());
        }
    }
    if (!written) {
        db.rollback();
        Error error = written.error();
        error.message = tr("Nothing was published to %1: %2").arg(m_url.display(), error.message);
        return fail(error);
    }
    if (!db.commit())
        return fail(m_connection->errorFrom(db.lastError()));
    return {};
}

Result<void> ServerStore::grant(const QString &user,
                                Role role,
                                const QStringList &opdCodes,
                                const QString &password)
{
    const Result<QString> prefix = ServerSchema::rolePrefix(*m_connection);
    if (!prefix)
        return fail(prefix.error());
    QSqlDatabase &db = m_connection->database();
    if (!db.transaction())
        return fail(m_connection->errorFrom(db.lastError()));
    const auto run = [&](const QString &statement, const QVariantList &values) -> Result<void> {
        // format(%I, %L) quotes names and the password on the server, so no user name can break
        // out of the statement.
        const Result<QVariant> built = m_connection->scalar(statement, values);
        if (!built)
            return fail(built.error());
        if (built->toString().isEmpty())
            return {};
        return m_connection->exec(built->toString());
    };
    QList<std::pair<QString, QVariantList>> steps {
        {QStringLiteral("SELECT CASE WHEN NOT EXISTS (SELECT FROM pg_roles WHERE rolname = ?) "
                        "THEN format('CREATE ROLE %I LOGIN', ?::text) END"),
         {user, user}},
    };
    if (!password.isEmpty()) {
        steps.append({QStringLiteral("SELECT format('ALTER ROLE %I PASSWORD %L', ?::text, "
                                     "?::text)"),
                      {user, password}});
    }
    for (const char *group : {"admin", "reviewer", "penyusun"}) {
        const QString groupRole = *prefix + QLatin1Char('_') + QLatin1String(group);
        const bool wanted = roleName(role) == QLatin1String(group);
        steps.append({QStringLiteral("SELECT format('%1 %I %2 %I', ?::text, ?::text)")
                          .arg(wanted ? QStringLiteral("GRANT") : QStringLiteral("REVOKE"),
                               wanted ? QStringLiteral("TO") : QStringLiteral("FROM")),
                      {groupRole, user}});
    }
    for (const auto &[statement, values] : std::as_const(steps)) {
        if (Result<void> done = run(statement, values); !done) {
            db.rollback();
            return done;
        }
    }
    const auto fixed = [&](const QString &statement, const QVariantList &values) -> Result<void> {
        const Result<QVariant> done = m_connection->scalar(statement, values);
        if (!done)
            return fail(done.error());
        return {};
    };
    if (Result<void> cleared
        = fixed(QStringLiteral("DELETE FROM user_opd WHERE username = ?"), {user});
        !cleared) {
        db.rollback();
        return cleared;
    }
    if (role == Role::Penyusun) {
        for (const QString &code : opdCodes) {
            if (Result<void> added
                = fixed(QStringLiteral("INSERT INTO user_opd (username, opd_code) VALUES (?, ?)"),
                        {user, code});
                !added) {
                db.rollback();
                return added;
            }
        }
    }
    if (!db.commit())
        return fail(m_connection->errorFrom(db.lastError()));
    return {};
}

void ServerStore::assumeVersion(qint64 objectId, qint64 version, const QByteArray &hash)
{
    m_versions.insert(objectId, version);
    m_hashes.insert(objectId, hash);
}

Result<std::pair<qint64, qint64>> ServerStore::reserveIds(qint64 count)
{
    const Result<QVariant> first = m_connection->scalar(
        QStringLiteral("SELECT tepat_allocate_ids(?)"), {QVariant::fromValue(int(count))});
    if (!first) {
        noteLost(first.error());
        return fail(first.error());
    }
    return std::pair {first->toLongLong(), first->toLongLong() + count - 1};
}

Result<qint64> ServerStore::allocateId()
{
    if (m_nextId > m_lastId) {
        const Result<std::pair<qint64, qint64>> block = reserveIds(idBlock);
        if (!block)
            return fail(block.error());
        std::tie(m_nextId, m_lastId) = *block;
    }
    return m_nextId++;
}

QString ServerStore::tableOf(const Cascade &cascade, qint64 id) const
{
    if (id == 0)
        return QStringLiteral("pemda");
    switch (cascade.objectType(id).value_or(Cascade::ObjectType::Misi)) {
    case Cascade::ObjectType::Opd:
        return QStringLiteral("opd");
    case Cascade::ObjectType::PlanItem:
        return QStringLiteral("plan_item");
    case Cascade::ObjectType::Indicator:
        return QStringLiteral("indicator");
    case Cascade::ObjectType::Pk:
        return QStringLiteral("pk");
    case Cascade::ObjectType::Comment:
        return QStringLiteral("review_comment");
    case Cascade::ObjectType::Misi:
    case Cascade::ObjectType::PkProgram:
        break;
    }
    return m_tables.value(id);
}

QString ServerStore::describe(const Cascade &cascade, qint64 id, const QString &table) const
{
    QString what = id == 0 ? tr("The pemda's own data") : tr("%1 %2").arg(table).arg(id);
    if (const Indicator *indicator = cascade.indicator(id))
        what = tr("Indicator \"%1\"").arg(indicator->text.left(60));
    else if (const PlanItem *item = cascade.item(id))
        what = tr("%1 \"%2\"").arg(PlanItem::displayName(item->kind), item->name.left(60));
    else if (const PkDocument *pk = cascade.pk(id))
        what = tr("PK %1 of %2").arg(pk->year).arg(pk->pihakPertama.jabatan.left(60));
    else if (const Opd *opd = cascade.opd(id))
        what = tr("OPD %1").arg(opd->name);
    return what;
}

QString ServerStore::rights() const
{
    return m_opdCodes.isEmpty() || m_role != Role::Penyusun
        ? tr("%1, role %2").arg(user(), roleName(m_role))
        : tr("%1, role %2 of OPD %3")
              .arg(user(), roleName(m_role), m_opdCodes.join(QStringLiteral(", ")));
}

Error ServerStore::refusal(const Cascade &cascade, qint64 id, const QString &table, qint64 expected)
{
    const QString what = describe(cascade, id, table);
    QSqlQuery query(m_connection->database());
    query.prepare(
        QStringLiteral("SELECT version, changed_by, changed_at FROM %1 WHERE id = ?").arg(table));
    query.addBindValue(id == 0 ? 1 : id);
    if (!query.exec())
        return m_connection->errorFrom(query.lastError());
    if (!query.next()) {
        QSqlQuery deleted(m_connection->database());
        deleted.prepare(QStringLiteral("SELECT username, at FROM audit_log WHERE object_id = ? "
                                       "AND action = 'DELETE' ORDER BY id DESC LIMIT 1"));
        deleted.addBindValue(id);
        if (deleted.exec() && deleted.next()) {
            return Error(Error::Code::Conflict,
                         tr("%1 was deleted by %2 at %3 UTC; your change was not saved.")
                             .arg(what,
                                  deleted.value(0).toString(),
                                  deleted.value(1).toDateTime().toUTC().toString(
                                      QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
                         m_url.display());
        }
        return Error(Error::Code::Conflict,
                     tr("%1 is no longer on the server; your change was not saved.").arg(what),
                     m_url.display());
    }
    if (query.value(0).toLongLong() != expected) {
        return Error(Error::Code::Conflict,
                     tr("%1 was changed by %2 at %3 UTC after you loaded it; your change was not "
                        "saved and you now see theirs.")
                         .arg(what,
                              query.value(1).toString(),
                              query.value(2).toDateTime().toUTC().toString(
                                  QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
                     m_url.display());
    }
    return Error(Error::Code::Denied,
                 tr("%1 may not be changed by %2.").arg(what, rights()),
                 m_url.display());
}

Result<void> ServerStore::writeObject(const Cascade &cascade, qint64 id)
{
    const QList<ObjectRows::Row> rows = ObjectRows::of(cascade, id);
    const QString table = rows.isEmpty() ? m_tables.value(id) : tableOf(cascade, id);
    const bool known = m_versions.contains(id);
    QSqlDatabase &db = m_connection->database();
    if (rows.isEmpty()) {
        if (!known || table.isEmpty())
            return {};
        QSqlQuery remove(db);
        remove.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ? AND version = ?").arg(table));
        remove.addBindValue(id);
        remove.addBindValue(m_versions.value(id));
        if (!remove.exec())
            return fail(databaseRefusal(cascade, id, table, remove.lastError()));
        if (remove.numRowsAffected() != 1)
            return fail(refusal(cascade, id, table, m_versions.value(id)));
        return {};
    }
    if (!known) {
        if (Result<void> inserted = m_rows->insert(rows); !inserted)
            return fail(databaseRefusal(cascade, id, table, QSqlError(), inserted.error()));
        m_tables.insert(id, table);
        return {};
    }
    if (ObjectRows::hash(rows) == m_hashes.value(id))
        return {}; // the server has this content already
    const ObjectRows::Row &main = rows.first();
    QStringList assignments;
    QVariantList values;
    for (int i = 0; i < main.columns.size(); ++i) {
        if (main.columns[i] == QLatin1String("id") || main.columns[i] == QLatin1String("position"))
            continue;
        assignments.append(main.columns[i] + QStringLiteral(" = ?"));
        values.append(main.values[i]);
    }
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE %1 SET %2, version = version + 1 WHERE id = ? AND "
                                  "version = ?")
                       .arg(table, assignments.join(QStringLiteral(", "))));
    for (const QVariant &value : std::as_const(values))
        update.addBindValue(RowWriter::bindable(value));
    update.addBindValue(id == 0 ? 1 : id);
    update.addBindValue(m_versions.value(id));
    if (!update.exec())
        return fail(databaseRefusal(cascade, id, table, update.lastError()));
    if (update.numRowsAffected() != 1)
        return fail(refusal(cascade, id, table, m_versions.value(id)));
    // The rows that belong to the object: each one upserted, only if it differs, and the ones it
    // no longer has deleted, so that the history shows what changed and nothing else. A row the
    // server has already is not sent at all: a signed PK refuses even an unchanged row of its
    // content, which an edit of its realisasi would otherwise send along.
    for (const auto &[part, column] : partsOf(table)) {
        const SchemaTable *spec = WorkspaceTables::find(part);
        const QString where = column.isEmpty()
            ? QString()
            : QStringLiteral(" WHERE %1 = %2").arg(column).arg(id == 0 ? 1 : id);
        Result<QSet<QString>> stored = storedRows(part, where);
        if (!stored)
            return fail(databaseRefusal(cascade, id, table, QSqlError(), stored.error()));
        QStringList kept;
        for (const ObjectRows::Row &row : rows.mid(1)) {
            if (row.table != part)
                continue;
            if (!stored->contains(rowText(row.values))) {
                if (Result<void> upserted = upsert(row, spec->primaryKey); !upserted)
                    return fail(databaseRefusal(cascade, id, table, QSqlError(), upserted.error()));
            }
            QStringList key;
            for (const QString &keyColumn : spec->primaryKey)
                key.append(row.values.at(row.columns.indexOf(keyColumn)).toString());
            kept.append(u'(' + key.join(QLatin1Char(',')) + u')');
        }
        QString gone = where;
        if (!kept.isEmpty()) {
            gone += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND "))
                + QStringLiteral("(%1) NOT IN (%2)")
                      .arg(spec->primaryKey.join(QLatin1Char(',')), kept.join(QLatin1Char(',')));
        }
        QSqlQuery clear(db);
        if (!clear.exec(QStringLiteral("DELETE FROM %1%2").arg(part, gone)))
            return fail(databaseRefusal(cascade, id, table, clear.lastError()));
    }
    return {};
}

Result<QSet<QString>> ServerStore::storedRows(const QString &part, const QString &where) const
{
    const SchemaTable *spec = WorkspaceTables::find(part);
    QStringList columns;
    for (const SchemaColumn &column : spec->columnsIn(SqlDialect::Sqlite))
        columns.append(column.name);
    QSqlQuery query(m_connection->database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM %2%3")
                        .arg(columns.join(QStringLiteral(", ")), part, where)))
        return fail(m_connection->errorFrom(query.lastError()));
    QSet<QString> stored;
    while (query.next()) {
        QVariantList values;
        for (int i = 0; i < columns.size(); ++i)
            values.append(query.value(i));
        stored.insert(rowText(values));
    }
    return stored;
}

Result<void> ServerStore::upsert(const ObjectRows::Row &row, const QStringList &key)
{
    std::shared_ptr<QSqlQuery> &query
        = m_upserts[row.table + QLatin1Char(':') + row.columns.join(QLatin1Char(','))];
    if (!query) {
        QStringList marks;
        QStringList assignments;
        QStringList mine;
        QStringList theirs;
        for (const QString &column : row.columns) {
            marks.append(QStringLiteral("?"));
            if (key.contains(column))
                continue;
            assignments.append(QStringLiteral("%1 = EXCLUDED.%1").arg(column));
            mine.append(QStringLiteral("t.%1").arg(column));
            theirs.append(QStringLiteral("EXCLUDED.%1").arg(column));
        }
        query = std::make_shared<QSqlQuery>(m_connection->database());
        const QString statement
            = QStringLiteral("INSERT INTO %1 AS t (%2) VALUES (%3) ON CONFLICT (%4) DO UPDATE SET "
                             "%5 WHERE (%6) IS DISTINCT FROM (%7)")
                  .arg(row.table,
                       row.columns.join(QStringLiteral(", ")),
                       marks.join(QStringLiteral(", ")),
                       key.join(QStringLiteral(", ")),
                       assignments.join(QStringLiteral(", ")),
                       mine.join(QStringLiteral(", ")),
                       theirs.join(QStringLiteral(", ")));
        if (!query->prepare(statement)) {
            const Error error = m_connection->errorFrom(query->lastError());
            query.reset();
            return fail(error);
        }
    }
    for (int i = 0; i < row.values.size(); ++i)
        query->bindValue(i, RowWriter::bindable(row.values[i]));
    if (!query->exec())
        return fail(m_connection->errorFrom(query->lastError()));
    return {};
}

Error ServerStore::databaseRefusal(const Cascade &cascade,
                                   qint64 id,
                                   const QString &table,
                                   const QSqlError &sqlError,
                                   std::optional<Error> error) const
{
    Error result = error ? *error : m_connection->errorFrom(sqlError);
    // The server's own words (a locked PK, a row-level policy) say why; what names the object.
    if (result.code == Error::Code::Denied) {
        result.message = tr("%1 was not saved (%2): %3")
                             .arg(describe(cascade, id, table), rights(), result.message);
    }
    return result;
}

Result<void> ServerStore::writeOrder(const Cascade &cascade, const Reorder &reorder)
{
    QList<qint64> order;
    if (reorder.table == QLatin1String("plan_item")) {
        order = cascade.childItems(reorder.parentId);
    } else if (reorder.table == QLatin1String("indicator")) {
        order = cascade.indicatorsOf(reorder.parentId);
    } else if (reorder.table == QLatin1String("opd")) {
        for (const Opd &opd : cascade.opds())
            order.append(opd.id);
    } else if (reorder.table == QLatin1String("pk")) {
        for (const PkDocument &pk : cascade.pks())
            order.append(pk.id);
    } else if (reorder.table == QLatin1String("review_comment")) {
        for (const ReviewComment &comment : cascade.comments())
            order.append(comment.id);
    }
    if (order.isEmpty())
        return {};
    QStringList pairs;
    for (int i = 0; i < order.size(); ++i)
        pairs.append(QStringLiteral("(%1, %2)").arg(order[i]).arg(i));
    // One statement for all siblings; rows of other OPDs that a penyusun may not touch keep
    // their place, which only ties the order, never loses anything.
    return m_connection->exec(
        QStringLiteral("UPDATE %1 AS t SET position = v.p FROM (VALUES %2) AS v(id, p) WHERE t.id "
                       "= v.id AND t.position <> v.p")
            .arg(reorder.table, pairs.join(QStringLiteral(", "))));
}

Result<void> ServerStore::rememberVersions(const QList<qint64> &ids)
{
    QHash<QString, QList<qint64>> byTable;
    for (qint64 id : ids) {
        const QString table = m_tables.value(id);
        if (!table.isEmpty())
            byTable[table].append(id == 0 ? 1 : id);
    }
    QStringList selects;
    for (auto entry = byTable.cbegin(); entry != byTable.cend(); ++entry) {
        selects.append(QStringLiteral("SELECT '%1', id, version FROM %1 WHERE id IN (%2)")
                           .arg(entry.key(), idList(entry.value())));
    }
    if (selects.isEmpty())
        return {};
    QSqlQuery query(m_connection->database());
    if (!query.exec(selects.join(QStringLiteral(" UNION ALL "))))
        return fail(m_connection->errorFrom(query.lastError()));
    while (query.next()) {
        const bool header = query.value(0).toString() == QLatin1String("pemda");
        m_versions.insert(header ? 0 : query.value(1).toLongLong(), query.value(2).toLongLong());
    }
    return {};
}

Result<void>
ServerStore::write(const Cascade &cascade, const QList<qint64> &ids, const QList<Reorder> &reorders)
{
    QSqlDatabase &db = m_connection->database();
    if (!db.transaction()) {
        const Error error = m_connection->errorFrom(db.lastError());
        noteLost(error);
        return fail(error);
    }
    const auto abort = [&](Error error) -> Result<void> {
        db.rollback();
        // A dropped connection shows itself in many wordings; asking is the sure test.
        if (error.code != Error::Code::Unreachable && !m_connection->isAlive())
            error.code = Error::Code::Unreachable;
        noteLost(error);
        return fail(error);
    };
    QList<qint64> written;
    QSet<qint64> seen;
    for (qint64 id : ids) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        if (Result<void> done = writeObject(cascade, id); !done)
            return abort(done.error());
        written.append(id);
    }
    for (const Reorder &reorder : reorders) {
        if (Result<void> done = writeOrder(cascade, reorder); !done)
            return abort(done.error());
    }
    if (Result<void> versions = rememberVersions(written); !versions)
        return abort(versions.error());
    if (!db.commit())
        return abort(m_connection->errorFrom(db.lastError()));
    for (qint64 id : std::as_const(written)) {
        const QList<ObjectRows::Row> rows = ObjectRows::of(cascade, id);
        if (rows.isEmpty()) {
            m_versions.remove(id);
            m_hashes.remove(id);
        } else {
            m_hashes.insert(id, ObjectRows::hash(rows));
        }
    }
    return {};
}

Result<ServerStore::Objects> ServerStore::read(const QList<qint64> &ids)
{
    Objects objects;
    WorkspaceReader reader(*m_connection);
    QList<qint64> others;
    for (qint64 id : ids) {
        if (id == 0)
            objects.header = true;
        else
            others.append(id);
    }
    const auto failed = [this](const Error &error) {
        noteLost(error);
        return fail(error);
    };
    if (objects.header) {
        if (Result<void> header = reader.readHeader(objects.headerSource); !header)
            return failed(header.error());
        objects.present.insert(0);
        m_tables.insert(0, QStringLiteral("pemda"));
    }
    if (!others.isEmpty()) {
        const auto take = [&](auto result, auto &into, const char *table) -> Result<void> {
            if (!result)
                return fail(result.error());
            into = *result;
            for (const auto &placed : std::as_const(into)) {
                objects.present.insert(placed.object.id);
                m_tables.insert(placed.object.id, QLatin1String(table));
            }
            return {};
        };
        for (const Result<void> &step :
             {take(reader.opds(others), objects.opds, "opd"),
              take(reader.pks(others), objects.pks, "pk"),
              take(reader.items(others), objects.items, "plan_item"),
              take(reader.indicators(others), objects.indicators, "indicator"),
              take(reader.comments(others), objects.comments, "review_comment")}) {
            if (!step)
                return failed(step.error());
        }
    }
    for (qint64 id : ids) {
        if (!objects.present.contains(id)) {
            m_versions.remove(id);
            m_hashes.remove(id);
        }
    }
    // What the server holds now is what the next write compares with.
    if (objects.header)
        m_hashes.insert(0, ObjectRows::hash(ObjectRows::header(objects.headerSource)));
    for (const auto &[object, position] : std::as_const(objects.opds))
        m_hashes.insert(object.id, ObjectRows::hash({ObjectRows::opd(object, position)}));
    for (const auto &[object, position] : std::as_const(objects.pks))
        m_hashes.insert(object.id, ObjectRows::hash(ObjectRows::pk(object, position)));
    for (const auto &[object, position] : std::as_const(objects.items))
        m_hashes.insert(object.id, ObjectRows::hash(ObjectRows::item(object, position)));
    for (const auto &[object, position] : std::as_const(objects.indicators))
        m_hashes.insert(object.id, ObjectRows::hash(ObjectRows::indicator(object, position)));
    for (const auto &[object, position] : std::as_const(objects.comments))
        m_hashes.insert(object.id, ObjectRows::hash({ObjectRows::comment(object, position)}));
    if (Result<void> versions
        = rememberVersions(QList<qint64>(objects.present.cbegin(), objects.present.cend()));
        !versions) {
        return failed(versions.error());
    }
    return objects;
}

Result<QList<qint64>> ServerStore::changedSinceKnown()
{
    QStringList selects {QStringLiteral("SELECT 'pemda', 0::bigint, version FROM pemda")};
    for (const char *table : objectTables)
        selects.append(
            QStringLiteral("SELECT '%1', id, version FROM %1").arg(QLatin1String(table)));
    QSqlQuery query(m_connection->database());
    if (!query.exec(selects.join(QStringLiteral(" UNION ALL ")))) {
        const Error error = m_connection->errorFrom(query.lastError());
        noteLost(error);
        return fail(error);
    }
    QList<qint64> changed;
    QSet<qint64> onServer;
    while (query.next()) {
        const qint64 id = query.value(1).toLongLong();
        onServer.insert(id);
        m_tables.insert(id, query.value(0).toString());
        if (m_versions.value(id, -1) != query.value(2).toLongLong())
            changed.append(id);
    }
    for (auto known = m_versions.cbegin(); known != m_versions.cend(); ++known) {
        if (!onServer.contains(known.key()))
            changed.append(known.key());
    }
    return changed;
}

Result<QList<ServerStore::HistoryEntry>> ServerStore::history(qint64 objectId)
{
    QSqlQuery query(m_connection->database());
    query.prepare(QStringLiteral("SELECT at, username, table_name, action, old_values, "
                                 "new_values FROM audit_log WHERE object_id = ? ORDER BY id"));
    query.addBindValue(objectId);
    if (!query.exec())
        return fail(m_connection->errorFrom(query.lastError()));
    QList<HistoryEntry> entries;
    while (query.next()) {
        HistoryEntry entry;
        entry.at = query.value(0).toDateTime().toUTC();
        entry.user = query.value(1).toString();
        entry.table = query.value(2).toString();
        entry.action = query.value(3).toString();
        const QJsonObject before = QJsonDocument::fromJson(query.value(4).toByteArray()).object();
        const QJsonObject after = QJsonDocument::fromJson(query.value(5).toByteArray()).object();
        const QJsonObject &keys = after.isEmpty() ? before : after;
        for (auto field = keys.constBegin(); field != keys.constEnd(); ++field) {
            const QJsonValue old = before.value(field.key());
            const QJsonValue now = after.value(field.key());
            if (old == now)
                continue;
            entry.fields.append(field.key());
            const auto shown = [](const QJsonValue &value) {
                return value.isString()
                    ? value.toString()
                    : QString::fromUtf8(
                          QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact))
                          .mid(1)
                          .chopped(1);
            };
            entry.changes.append({field.key(),
                                  old.isUndefined() || old.isNull() ? QString() : shown(old),
                                  now.isUndefined() || now.isNull() ? QString() : shown(now)});
        }
        entries.append(entry);
    }
    return entries;
}

Result<ServerStore::Workflow> ServerStore::workflow(qint64 pkId)
{
    QSqlQuery query(m_connection->database());
    query.prepare(QStringLiteral(
        "SELECT state, version, changed_by, changed_at FROM pk_workflow WHERE pk_id = ?"));
    query.addBindValue(pkId);
    if (!query.exec())
        return fail(m_connection->errorFrom(query.lastError()));
    Workflow flow;
    flow.state = QStringLiteral("draft");
    if (query.next()) {
        flow.state = query.value(0).toString();
        flow.version = query.value(1).toLongLong();
        flow.changedBy = query.value(2).toString();
        flow.changedAt = query.value(3).toDateTime().toUTC();
    }
    QSqlQuery steps(m_connection->database());
    steps.prepare(QStringLiteral("SELECT from_state, to_state, by_user, at, note FROM "
                                 "pk_workflow_step WHERE pk_id = ? ORDER BY id"));
    steps.addBindValue(pkId);
    if (!steps.exec())
        return fail(m_connection->errorFrom(steps.lastError()));
    while (steps.next()) {
        flow.steps.append(WorkflowStep {steps.value(0).toString(),
                                        steps.value(1).toString(),
                                        steps.value(2).toString(),
                                        steps.value(3).toDateTime().toUTC(),
                                        steps.value(4).toString()});
    }
    return flow;
}

Result<void>
ServerStore::movePk(qint64 pkId, const QString &from, const QString &to, const QString &note)
{
    const Result<QVariant> moved = m_connection->scalar(
        QStringLiteral("SELECT tepat_move_pk(?, ?, ?, ?)"), {pkId, from, to, note});
    if (!moved) {
        noteLost(moved.error());
        return fail(moved.error());
    }
    return {};
}

Result<void> ServerStore::listen()
{
    QSqlDriver *driver = m_connection->database().driver();
    if (!driver->subscribeToNotification(channel))
        return fail(m_connection->errorFrom(driver->lastError()));
    QObject::connect(driver,
                     &QSqlDriver::notification,
                     this,
                     [this](const QString &name,
                            QSqlDriver::NotificationSource source,
                            const QVariant &payload) {
                         handleNotification(name, payload, source == QSqlDriver::SelfSource);
                     });
    m_listening = true;
    return {};
}

void ServerStore::handleNotification(const QString &name, const QVariant &payload, bool mine)
{
    if (name != channel || mine)
        return;
    const QJsonObject change = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
    const QString table = change.value(QLatin1String("table")).toString();
    const qint64 id = change.value(QLatin1String("id")).toInteger();
    if (table == QLatin1String("rule_setting") || table == QLatin1String("acknowledgement"))
        return;
    if (table == QLatin1String("pk_workflow"))
        m_workflowChanged.insert(id);
    else
        m_changed.insert(id);
    if (!m_tables.contains(id))
        m_tables.insert(id, objectTable(table));
    if (!m_notifyTimer->isActive())
        m_notifyTimer->start();
}

void ServerStore::noteLost(const Error &error)
{
    if (error.code != Error::Code::Unreachable || !m_connected)
        return;
    m_connected = false;
    emit connectedChanged(false);
}

Result<void> ServerStore::reconnect()
{
    Result<std::unique_ptr<PgConnection>> connection = PgConnection::open(m_url, m_password);
    if (!connection)
        return fail(connection.error());
    m_rows.reset();
    m_upserts.clear();
    m_connection = std::move(*connection);
    m_rows = std::make_unique<RowWriter>(*m_connection);
    m_nextId = 0;
    m_lastId = -1;
    if (Result<void> identity = readIdentity(); !identity)
        return identity;
    if (m_listening) {
        if (Result<void> listening = listen(); !listening)
            return listening;
    }
    m_connected = true;
    emit connectedChanged(true);
    return {};
}

} // namespace Tepat
