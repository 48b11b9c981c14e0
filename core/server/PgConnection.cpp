#include "server/PgConnection.h"

#include <QSqlQuery>

namespace Tepat {

namespace {

const QLatin1String passwordMarker("[password]");

} // namespace

QString PgConnection::serverWords(const QSqlError &error)
{
    // libpq's own message, on one line; Qt's "QPSQL: Unable to connect" adds nothing to it.
    const QString text
        = error.databaseText().trimmed().isEmpty() ? error.text() : error.databaseText();
    return text.simplified();
}

QString PgConnection::whyNotConnected(const QString &serverWords)
{
    const auto says = [&](const char *words) {
        return serverWords.contains(QLatin1String(words), Qt::CaseInsensitive);
    };
    if (says("no password supplied"))
        return tr("no password was given");
    if (says("password authentication failed"))
        return tr("the user name or the password is wrong");
    if (says("does not exist"))
        return tr("the server has no such database or user");
    if (says("SSL") || says("certificate"))
        return tr("the encrypted connection could not be set up");
    if (says("Connection refused") || says("could not translate host name") || says("timeout")
        || says("timed out"))
        return tr("no server answers at that address");
    return tr("the server refused the connection");
}

PgConnection::PgConnection(const ServerUrl &url)
    : DatabaseConnection(QStringLiteral("QPSQL"), url.display())
    , m_url(url)
{}

Result<std::unique_ptr<PgConnection>> PgConnection::open(const ServerUrl &url,
                                                         const QString &password)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        return fail(Error(Error::Code::Unreachable,
                          tr("Qt's PostgreSQL driver is missing: install the Debian package "
                             "libqt6sql6-psql.")));
    }
    std::unique_ptr<PgConnection> connection(new PgConnection(url));
    QSqlDatabase &db = connection->database();
    db.setHostName(url.host());
    if (url.port() > 0)
        db.setPort(url.port());
    db.setDatabaseName(url.database());
    db.setUserName(url.user());
    db.setPassword(password.isEmpty() ? url.password() : password);
    db.setConnectOptions(url.options().join(QLatin1Char(';')));
    if (!db.open()) {
        const QString reason = serverWords(db.lastError());
        const bool password = reason.contains(QLatin1String("password"), Qt::CaseInsensitive);
        return fail(Error(password ? Error::Code::Denied : Error::Code::Unreachable,
                          tr("Cannot connect to %1: %2. The server said: “%3”")
                              .arg(url.display(), whyNotConnected(reason), reason),
                          url.display(),
                          -1,
                          password ? QString(passwordMarker) : QString()));
    }
    // Timestamps travel as UTC; the user's own zone is the window's business.
    if (Result<void> zone = connection->exec(QStringLiteral("SET TIME ZONE 'UTC'")); !zone)
        return fail(zone.error());
    const Result<QVariant> user = connection->scalar(QStringLiteral("SELECT current_user"));
    if (!user)
        return fail(user.error());
    connection->m_user = user->toString();
    return connection;
}

bool PgConnection::needsPassword(const Error &error)
{
    return error.code == Error::Code::Denied && error.field == passwordMarker;
}

bool PgConnection::isAlive()
{
    QSqlQuery query(database());
    return database().isOpen() && query.exec(QStringLiteral("SELECT 1"));
}

Error PgConnection::errorFrom(const QSqlError &error) const
{
    const QString state = error.nativeErrorCode();
    const QString reason = serverWords(error);
    // SQLSTATE 42501 is insufficient_privilege: a grant, a row-level policy or one of Tepat's own
    // checks (the workflow, a locked PK) said no. Their messages are written for the user.
    if (state == QLatin1String("42501"))
        return Error(Error::Code::Denied, reason, path());
    if (state == QLatin1String("40001") || state == QLatin1String("40P01"))
        return Error(Error::Code::Conflict, reason, path());
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P"))
        || error.type() == QSqlError::ConnectionError || !database().isOpen()
        || reason.contains(QLatin1String("server closed the connection"))
        || reason.contains(QLatin1String("no connection to the server"))) {
        return Error(Error::Code::Unreachable,
                     tr("The connection to %1 was lost. The server said: “%2”").arg(path(), reason),
                     path());
    }
    return Error(Error::Code::Io, tr("%1: %2").arg(path(), reason), path());
}

} // namespace Tepat
