#include "store/DatabaseConnection.h"

#include <QAtomicInteger>
#include <QSqlQuery>

namespace Tepat {

QString DatabaseConnection::nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("tepat-%1").arg(counter.fetchAndAddRelaxed(1));
}

DatabaseConnection::DatabaseConnection(const QString &driver, QString path)
    : m_name(nextConnectionName())
    , m_path(std::move(path))
    , m_database(QSqlDatabase::addDatabase(driver, m_name))
{}

DatabaseConnection::~DatabaseConnection()
{
    m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

Result<void> DatabaseConnection::exec(const QString &statement)
{
    QSqlQuery query(m_database);
    if (!query.exec(statement))
        return fail(errorFrom(query.lastError()));
    return {};
}

Result<QVariant> DatabaseConnection::scalar(const QString &statement)
{
    QSqlQuery query(m_database);
    if (!query.exec(statement))
        return fail(errorFrom(query.lastError()));
    if (!query.next())
        return QVariant();
    return query.value(0);
}

Result<QVariant> DatabaseConnection::scalar(const QString &statement, const QVariantList &values)
{
    QSqlQuery query(m_database);
    if (!query.prepare(statement))
        return fail(errorFrom(query.lastError()));
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values[i]);
    if (!query.exec())
        return fail(errorFrom(query.lastError()));
    if (!query.next())
        return QVariant();
    return query.value(0);
}

} // namespace Tepat
