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
            tr("%1 is locked by another program; close it there and try again.").arg(path()),
            path());
    }
    // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26).
    if (code == QLatin1String("11") || code == QLatin1String("26")) {
        return Error(
            Error::Code::Corrupt,
            tr("%1 is damaged (%2). Open a backup copy instead.").arg(path(), error.databaseText()),
            path());
    }
    return Error(Error::Code::Io, tr("%1: %2").arg(path(), error.text()), path());
}

} // namespace Tepat
