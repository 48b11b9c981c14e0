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
    if (!db.open())
        return fail(connection->errorFrom(db.lastError()));
    return connection;
}

Error SqliteConnection::errorFrom(const QSqlError &error) const
{
    // SQLite's result codes (its primary code is the low byte); its own wording ("Unable to
    // execute statement", "no such column") means nothing to a planning officer, so it is kept
    // to its number, for whoever supports them.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Error(
            Error::Code::Locked,
            tr("%1 is locked by another program; close it there and try again.").arg(m_path),
            m_path);
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return Error(Error::Code::Corrupt,
                     tr("%1 is damaged: its database structure is broken. Open a backup copy "
                        "instead.")
                         .arg(m_path),
                     m_path);
    case 13: // SQLITE_FULL
        return Error(Error::Code::Io, tr("%1: the disk is full.").arg(m_path), m_path);
    case 7: // SQLITE_NOMEM
        return Error(
            Error::Code::Io, tr("%1: there is not enough memory to read it.").arg(m_path), m_path);
    case 8: // SQLITE_READONLY
        return Error(Error::Code::ReadOnly, tr("%1 cannot be written.").arg(m_path), m_path);
    case 10: // SQLITE_IOERR
    case 14: // SQLITE_CANTOPEN
        return Error(Error::Code::Io,
                     tr("%1 could not be read or written: the disk or the network drive "
                        "reported an error.")
                         .arg(m_path),
                     m_path);
    case 0: // no SQLite code: the driver itself failed, which it does when it cannot open
        return Error(Error::Code::Io, tr("%1 could not be opened.").arg(m_path), m_path);
    default:
        break;
    }
    return Error(Error::Code::Corrupt,
                 tr("%1 could not be read as a Tepat workspace (SQLite error %2).")
                     .arg(m_path, error.nativeErrorCode()),
                 m_path);
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
