#include "store/SqliteConnection.h"

namespace Tepat {

SqliteConnection::SqliteConnection(QString path)
    : DatabaseConnection(QStringLiteral("QSQLITE"), std::move(path))
{}

Result<std::unique_ptr<SqliteConnection>> SqliteConnection::open(const QString &path, Mode mode)
{
    std::unique_ptr<SqliteConnection> connection(new SqliteConnection(path));
    QSqlDatabase &db = connection->database();
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
            tr("%1 is locked by another program; close it there and try again.").arg(path()),
            path());
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return Error(Error::Code::Corrupt,
                     tr("%1 is damaged: its database structure is broken. Open a backup copy "
                        "instead.")
                         .arg(path()),
                     path());
    case 13: // SQLITE_FULL
        return Error(Error::Code::Io, tr("%1: the disk is full.").arg(path()), path());
    case 7: // SQLITE_NOMEM
        return Error(
            Error::Code::Io, tr("%1: there is not enough memory to read it.").arg(path()), path());
    case 8: // SQLITE_READONLY
        return Error(Error::Code::ReadOnly, tr("%1 cannot be written.").arg(path()), path());
    case 10: // SQLITE_IOERR
    case 14: // SQLITE_CANTOPEN
        return Error(Error::Code::Io,
                     tr("%1 could not be read or written: the disk or the network drive "
                        "reported an error.")
                         .arg(path()),
                     path());
    case 0: // no SQLite code: the driver itself failed, which it does when it cannot open
        return Error(Error::Code::Io, tr("%1 could not be opened.").arg(path()), path());
    default:
        break;
    }
    return Error(Error::Code::Corrupt,
                 tr("%1 could not be read as a Tepat workspace (SQLite error %2).")
                     .arg(path(), error.nativeErrorCode()),
                 path());
}

} // namespace Tepat
