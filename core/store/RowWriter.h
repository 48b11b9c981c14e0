#pragma once

#include "base/Result.h"
#include "store/ObjectRows.h"

#include <QHash>
#include <QSqlQuery>

#include <memory>

namespace Tepat {

class DatabaseConnection;

// Inserts ObjectRows into a database, preparing one statement per table and column list and
// reusing it for every row, which is what keeps writing 100 000 indicators fast in either store.
class RowWriter
{
public:
    explicit RowWriter(DatabaseConnection &connection);
    ~RowWriter();

    Result<void> insert(const ObjectRows::Row &row);
    // A value as a statement binds it: a null QString binds as SQL NULL, but text columns are NOT
    // NULL and hold '' instead, so only a value made null on purpose (a typed null) stays NULL.
    static QVariant bindable(const QVariant &value);
    Result<void> insert(const QList<ObjectRows::Row> &rows);

private:
    DatabaseConnection &m_connection;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
};

} // namespace Tepat
