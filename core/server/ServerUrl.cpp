#include "server/ServerUrl.h"

#include <QUrl>
#include <QUrlQuery>

namespace Tepat {

bool ServerUrl::isServerUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"))
        || text.startsWith(QLatin1String("postgres://"));
}

Result<ServerUrl> ServerUrl::parse(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!isServerUrl(text) || !url.isValid()) {
        return fail(Error(Error::Code::Invalid,
                          tr("%1 is not a server address: write it as "
                             "postgresql://USER@HOST:PORT/DATABASE.")
                              .arg(text)));
    }
    ServerUrl server;
    server.m_host = url.host(QUrl::FullyDecoded);
    server.m_port = url.port(-1);
    server.m_user = url.userName(QUrl::FullyDecoded);
    server.m_password = url.password(QUrl::FullyDecoded);
    server.m_database = url.path(QUrl::FullyDecoded).mid(1);
    if (server.m_database.isEmpty()) {
        return fail(Error(Error::Code::Invalid,
                          tr("%1 names no database: add it after the host, as in "
                             "postgresql://USER@HOST/DATABASE.")
                              .arg(text)));
    }
    const QUrlQuery query(url);
    bool timeoutGiven = false;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        // Values are separated by ';' in Qt's option string and by spaces in libpq's.
        if (key.contains(QLatin1Char(';')) || value.contains(QLatin1Char(';'))
            || value.contains(QLatin1Char(' '))) {
            return fail(
                Error(Error::Code::Invalid,
                      tr("The option %1 of %2 cannot contain ';' or spaces.").arg(key, text)));
        }
        server.m_options.append(key + QLatin1Char('=') + value);
        timeoutGiven = timeoutGiven || key == QLatin1String("connect_timeout");
    }
    // An unreachable server should say so in seconds, not after the system's TCP timeout.
    if (!timeoutGiven)
        server.m_options.append(QStringLiteral("connect_timeout=10"));
    QUrl shown = url;
    shown.setPassword(QString());
    server.m_text = shown.toString();
    return server;
}

QString ServerUrl::display() const
{
    return m_text;
}

} // namespace Tepat
