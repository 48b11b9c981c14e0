#include "store/SqliteConnection.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

namespace Tepat {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("tepat-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

SqliteConnection::SqliteConnection(QString name, QString path)
    : m_name(std::move(name))
    , m_path(std::move(path))
    , m_database(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name))
{}

SqliteConnection::~SqliteConnection()
{
    m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

Result<std::unique_ptr<SqliteConnection>> SqliteConnection::open(const QString &path, Mode mode)
{
    std::unique_ptr<SqliteConnection> connection(new SqliteConnection(nextConnectionName(), path));
    QSqlDatabase &db = connection->m_database;
    db.setDatabaseName(path);
    // A short busy timeout: another program holding a write lock should produce a clear "locked"
    // message soon, not a frozen window.
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=500");
    if (mode == Mode::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open()) {
        return fail(Error(Error::Code::Io,
                          tr("%1 could not be opened: %2").arg(path, db.lastError().text()),
                          path));
    }
    return connection;
}

Error SqliteConnection::errorFrom(const QSqlError &error) const
{
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6): another process holds the file.
    const QString code = error.nativeErrorCode();
    if (code == QLatin1String("5") || code == QLatin1String("6")) {
        return Error(
            Error::Code::Locked,
            tr("%1 is locked by another program; close it there and try again.").arg(m_path),
            m_path);
    }
    // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26).
    if (code == QLatin1String("11") || code == QLatin1String("26")) {
        return Error(
            Error::Code::Corrupt,
            tr("%1 is damaged (%2). Open a backup copy instead.").arg(m_path, error.databaseText()),
            m_path);
    }
    return Error(Error::Code::Io, tr("%1: %2").arg(m_path, error.text()), m_path);
}

Result<void> SqliteConnection::exec(const QString &statement)
{
    QSqlQuery query(m_database);
    if (!query.exec(statement))
        return fail(errorFrom(query.lastError()));
    return {};
}

Result<QVariant> SqliteConnection::scalar(const QString &statement)
{
    QSqlQuery query(m_database);
    if (!query.exec(statement))
        return fail(errorFrom(query.lastError()));
    if (!query.next())
        return QVariant();
    return query.value(0);
}

} // namespace Tepat
