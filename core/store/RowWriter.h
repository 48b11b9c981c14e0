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
    Result<void> insert(const QList<ObjectRows::Row> &rows);

private:
    DatabaseConnection &m_connection;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
};

} // namespace Tepat
