#include "store/RowWriter.h"

#include "store/DatabaseConnection.h"

namespace Tepat {

RowWriter::RowWriter(DatabaseConnection &connection)
    : m_connection(connection)
{}

RowWriter::~RowWriter() = default;

Result<void> RowWriter::insert(const ObjectRows::Row &row)
{
    const QString key = row.table + QLatin1Char(':') + row.columns.join(QLatin1Char(','));
    std::shared_ptr<QSqlQuery> &query = m_statements[key];
    if (!query) {
        query = std::make_shared<QSqlQuery>(m_connection.database());
        query->setForwardOnly(true);
        QStringList marks;
        marks.fill(QStringLiteral("?"), row.columns.size());
        const QString statement = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                      .arg(row.table,
                                           row.columns.join(QStringLiteral(", ")),
                                           marks.join(QStringLiteral(", ")));
        if (!query->prepare(statement)) {
            const Error error = m_connection.errorFrom(query->lastError());
            query.reset();
            return fail(error);
        }
    }
    for (int i = 0; i < row.values.size(); ++i)
        query->bindValue(i, bindable(row.values[i]));
    if (!query->exec())
        return fail(m_connection.errorFrom(query->lastError()));
    return {};
}

QVariant RowWriter::bindable(const QVariant &value)
{
    const bool nullText
        = value.typeId() == QMetaType::QString && value.toString().isNull() && !value.isNull();
    return nullText ? QVariant(QStringLiteral("")) : value;
}

Result<void> RowWriter::insert(const QList<ObjectRows::Row> &rows)
{
    for (const ObjectRows::Row &row : rows) {
        if (Result<void> done = insert(row); !done)
            return done;
    }
    return {};
}

} // namespace Tepat
