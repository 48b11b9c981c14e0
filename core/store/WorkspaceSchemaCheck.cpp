#include "store/WorkspaceSchemaCheck.h"

#include "store/SqliteConnection.h"
#include "store/WorkspaceSchema.h"

#include <QSqlQuery>

#include <mutex>

namespace Tepat {

namespace {

struct Column
{
    QString name;
    QString type;
    bool notNull;
    int keyPosition; // 0 when the column is not part of the primary key
    int hidden;      // 0 for a plain column; generated and virtual-table columns are not
    friend bool operator==(const Column &, const Column &) = default;
};

struct Object
{
    QString type; // "table", "index", "view", "trigger"
    QString name;
    QString table;
    bool isVirtual; // a virtual table runs a module's code for every read
};

struct Layout
{
    QList<Object> objects;
    QHash<QString, QList<Column>> columns; // of every table
};

Error damaged(const SqliteConnection &connection, const QString &what)
{
    return Error(Error::Code::Corrupt,
                 WorkspaceSchemaCheck::tr("%1 is damaged: %2 Open a backup copy instead.")
                     .arg(connection.path(), what),
                 connection.path());
}

Result<Layout> layoutOf(SqliteConnection &connection)
{
    Layout layout;
    QSqlQuery objects(connection.database());
    objects.setForwardOnly(true);
    if (!objects.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema "
                                     "ORDER BY name")))
        return fail(connection.errorFrom(objects.lastError()));
    while (objects.next()) {
        const QString sql = objects.value(3).toString().simplified();
        layout.objects.append(
            {objects.value(0).toString(),
             objects.value(1).toString(),
             objects.value(2).toString(),
             sql.startsWith(QLatin1String("CREATE VIRTUAL"), Qt::CaseInsensitive)});
    }
    for (const Object &object : std::as_const(layout.objects)) {
        if (object.type != QLatin1String("table") || object.isVirtual)
            continue;
        QSqlQuery columns(connection.database());
        columns.setForwardOnly(true);
        columns.prepare(QStringLiteral("SELECT name, type, \"notnull\", pk, hidden FROM "
                                       "pragma_table_xinfo(?)"));
        columns.addBindValue(object.name);
        if (!columns.exec())
            return fail(connection.errorFrom(columns.lastError()));
        QList<Column> &list = layout.columns[object.name];
        while (columns.next()) {
            list.append({columns.value(0).toString(),
                         columns.value(1).toString(),
                         columns.value(2).toInt() != 0,
                         columns.value(3).toInt(),
                         columns.value(4).toInt()});
        }
    }
    return layout;
}

// The layout of a new workspace, made once per process in an in-memory database.
const Layout &reference()
{
    static Layout layout;
    static std::once_flag made;
    std::call_once(made, [] {
        auto connection
            = SqliteConnection::open(QStringLiteral(":memory:"), SqliteConnection::Mode::ReadWrite);
        Q_ASSERT(connection);
        const Result<void> created = WorkspaceSchema::create(**connection);
        Q_ASSERT(created);
        Result<Layout> read = layoutOf(**connection);
        Q_ASSERT(read);
        layout = std::move(*read);
    });
    return layout;
}

QString kindName(const QString &type)
{
    if (type == QLatin1String("view"))
        return WorkspaceSchemaCheck::tr("a view");
    if (type == QLatin1String("trigger"))
        return WorkspaceSchemaCheck::tr("a trigger");
    if (type == QLatin1String("index"))
        return WorkspaceSchemaCheck::tr("an index");
    return WorkspaceSchemaCheck::tr("a table");
}

} // namespace

Result<void> WorkspaceSchemaCheck::verify(SqliteConnection &connection)
{
    const Result<Layout> found = layoutOf(connection);
    if (!found)
        return fail(found.error());
    const Layout &expected = reference();
    for (const Object &object : found->objects) {
        const auto wanted
            = std::find_if(expected.objects.cbegin(),
                           expected.objects.cend(),
                           [&](const Object &candidate) { return candidate.name == object.name; });
        if (wanted == expected.objects.cend()) {
            return fail(damaged(connection,
                                tr("it holds %1 named %2 that Tepat does not write; another "
                                   "program changed it.")
                                    .arg(kindName(object.type), object.name)));
        }
        if (wanted->type != object.type || wanted->table != object.table || object.isVirtual) {
            return fail(
                damaged(connection,
                        tr("%1 is %2 where Tepat writes %3.")
                            .arg(object.name,
                                 object.isVirtual ? tr("a virtual table") : kindName(object.type),
                                 kindName(wanted->type))));
        }
    }
    for (const Object &object : expected.objects) {
        const bool present
            = std::any_of(found->objects.cbegin(),
                          found->objects.cend(),
                          [&](const Object &candidate) { return candidate.name == object.name; });
        if (!present) {
            return fail(damaged(connection, tr("the table %1 is missing.").arg(object.table)));
        }
    }
    for (auto table = expected.columns.cbegin(); table != expected.columns.cend(); ++table) {
        const QList<Column> &want = table.value();
        const QList<Column> have = found->columns.value(table.key());
        for (const Column &column : want) {
            const bool there = std::any_of(
                have.cbegin(), have.cend(), [&](const Column &c) { return c.name == column.name; });
            if (!there) {
                return fail(
                    damaged(connection,
                            tr("the table %1 has no column %2.").arg(table.key(), column.name)));
            }
        }
        for (const Column &column : have) {
            const bool known = std::any_of(
                want.cbegin(), want.cend(), [&](const Column &c) { return c.name == column.name; });
            if (!known) {
                return fail(damaged(connection,
                                    tr("the table %1 has a column %2 that Tepat does not write.")
                                        .arg(table.key(), column.name)));
            }
        }
        if (have != want) {
            return fail(
                damaged(connection,
                        tr("the columns of the table %1 are not declared as Tepat declares them.")
                            .arg(table.key())));
        }
    }
    return {};
}

Result<void> WorkspaceSchemaCheck::verifyObjects(SqliteConnection &connection)
{
    const Result<Layout> found = layoutOf(connection);
    if (!found)
        return fail(found.error());
    for (const Object &object : found->objects) {
        const bool automaticIndex = object.type == QLatin1String("index")
            && object.name.startsWith(QLatin1String("sqlite_autoindex_"));
        if ((object.type != QLatin1String("table") || object.isVirtual) && !automaticIndex) {
            return fail(
                damaged(connection,
                        tr("it holds %1 named %2 that Tepat does not write; another "
                           "program changed it.")
                            .arg(object.isVirtual ? tr("a virtual table") : kindName(object.type),
                                 object.name)));
        }
    }
    for (auto table = found->columns.cbegin(); table != found->columns.cend(); ++table) {
        for (const Column &column : table.value()) {
            if (column.hidden != 0) {
                return fail(damaged(connection,
                                    tr("the column %1 of the table %2 is computed, which Tepat "
                                       "never writes.")
                                        .arg(column.name, table.key())));
            }
        }
    }
    return {};
}

} // namespace Tepat
