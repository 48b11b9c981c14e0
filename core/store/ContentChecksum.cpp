#include "store/ContentChecksum.h"

#include "store/DatabaseConnection.h"

#include <QCryptographicHash>
#include <QSqlQuery>

namespace Tepat {

namespace {

QString quotedName(const QString &name)
{
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

Error mismatch(const DatabaseConnection &connection, const QString &why)
{
    return Error(Error::Code::Corrupt,
                 ContentChecksum::tr("%1 is damaged: %2 Its content is not what Tepat saved, so "
                                     "something changed it since. Open a backup copy instead.")
                     .arg(connection.path(), why),
                 connection.path());
}

} // namespace

Result<QByteArray> ContentChecksum::compute(DatabaseConnection &connection)
{
    QSqlDatabase &db = connection.database();
    QSqlQuery tables(db);
    tables.setForwardOnly(true);
    if (!tables.exec(QStringLiteral("SELECT name, wr FROM pragma_table_list WHERE schema = 'main' "
                                    "AND type = 'table' AND name NOT LIKE 'sqlite%' AND name != "
                                    "'%1' ORDER BY name")
                         .arg(table)))
        return fail(connection.errorFrom(tables.lastError()));
    QList<std::pair<QString, bool>> names;
    while (tables.next())
        names.append({tables.value(0).toString(), tables.value(1).toInt() != 0});

    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const auto &[name, withoutRowid] : std::as_const(names)) {
        QSqlQuery columns(db);
        columns.setForwardOnly(true);
        columns.prepare(QStringLiteral("SELECT name, pk FROM pragma_table_xinfo(?) ORDER BY cid"));
        columns.addBindValue(name);
        if (!columns.exec())
            return fail(connection.errorFrom(columns.lastError()));
        QStringList values;
        QMap<int, QString> key;
        while (columns.next()) {
            const QString column = quotedName(columns.value(0).toString());
            values.append(QStringLiteral("quote(%1)").arg(column));
            if (const int position = columns.value(1).toInt(); position > 0)
                key.insert(position, column);
        }
        // A table's rows in the order of its b-tree, which reading in that order costs nothing.
        const QString order
            = withoutRowid ? QStringList(key.values()).join(u',') : QStringLiteral("rowid");
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        if (!rows.exec(
                QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                    .arg(values.join(QStringLiteral(" || ',' || ")), quotedName(name), order)))
            return fail(connection.errorFrom(rows.lastError()));
        hash.addData(QStringLiteral("table %1\n").arg(name).toUtf8());
        while (rows.next()) {
            hash.addData(rows.value(0).toString().toUtf8());
            hash.addData(QByteArrayView("\n", 1));
        }
    }
    return hash.result();
}

Result<void> ContentChecksum::store(DatabaseConnection &connection)
{
    const Result<QByteArray> sum = compute(connection);
    if (!sum)
        return fail(sum.error());
    QSqlQuery insert(connection.database());
    insert.prepare(QStringLiteral("INSERT INTO %1 VALUES (1, ?)").arg(table));
    insert.addBindValue(QString::fromLatin1(sum->toHex()));
    if (!insert.exec())
        return fail(connection.errorFrom(insert.lastError()));
    return {};
}

Result<void> ContentChecksum::verify(DatabaseConnection &connection)
{
    QSqlQuery stored(connection.database());
    stored.setForwardOnly(true);
    if (!stored.exec(QStringLiteral("SELECT sha256 FROM %1 WHERE id = 1").arg(table)))
        return fail(connection.errorFrom(stored.lastError()));
    if (!stored.next())
        return fail(mismatch(connection, tr("the checksum of its content is missing.")));
    const QString expected = stored.value(0).toString();
    stored.finish();
    const Result<QByteArray> sum = compute(connection);
    if (!sum)
        return fail(sum.error());
    if (QString::fromLatin1(sum->toHex()) != expected)
        return fail(
            mismatch(connection, tr("its content does not match the checksum saved with it.")));
    return {};
}

} // namespace Tepat
