#pragma once

#include "server/ServerUrl.h"
#include "store/DatabaseConnection.h"

#include <QCoreApplication>

#include <memory>

namespace Tepat {

// A connection to a Tepat server through Qt's PostgreSQL driver (libpq). Errors are turned into
// the codes the user can act on: Denied for what the role or the workflow does not allow,
// Conflict for a concurrent change, Unreachable for a server that cannot be reached or dropped the
// connection.
class PgConnection : public DatabaseConnection
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::PgConnection)

public:
    // password: only when the user typed it into a prompt; otherwise libpq finds it (PGPASSWORD,
    // ~/.pgpass, the service file) and Tepat never sees or keeps it.
    static Result<std::unique_ptr<PgConnection>> open(const ServerUrl &url,
                                                      const QString &password = {});

    SqlDialect dialect() const override { return SqlDialect::Postgres; }
    Error errorFrom(const QSqlError &error) const override;
    const ServerUrl &url() const { return m_url; }
    // The login role of this connection.
    const QString &user() const { return m_user; }
    // Whether opening failed only for want of a password, which a prompt can supply.
    static bool needsPassword(const Error &error);
    // Whether the connection is still usable; a dropped one fails the next statement.
    bool isAlive();

private:
    // What libpq said, on one line, quoted to the user as the server's own words (in English).
    static QString serverWords(const QSqlError &error);
    // What a failure to connect means, in the user's language.
    static QString whyNotConnected(const QString &serverWords);

    explicit PgConnection(const ServerUrl &url);

    ServerUrl m_url;
    QString m_user;
};

} // namespace Tepat
