#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Tepat {

// A libpq connection URI, postgresql://user@host:port/database?sslmode=require, split into what
// Qt's PostgreSQL driver takes. Every query parameter (sslmode, sslrootcert, host for a socket
// folder, service, connect_timeout, …) goes to libpq unchanged, and so do libpq's own sources of
// what the URI leaves out (PGPASSWORD, ~/.pgpass, the service file, PGHOST, …).
class ServerUrl
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::ServerUrl)

public:
    // Whether a command-line argument names a server rather than a file.
    static bool isServerUrl(const QString &text);
    static Result<ServerUrl> parse(const QString &text);

    const QString &host() const { return m_host; }
    int port() const { return m_port; }
    const QString &user() const { return m_user; }
    const QString &database() const { return m_database; }
    const QString &password() const { return m_password; }
    // key=value pairs for QSqlDatabase::setConnectOptions.
    const QStringList &options() const { return m_options; }
    // The URI as given, with any password left out: what messages and offline copies show.
    QString display() const;

private:
    QString m_text;
    QString m_host;
    int m_port = -1;
    QString m_user;
    QString m_database;
    QString m_password;
    QStringList m_options;
};

} // namespace Tepat
