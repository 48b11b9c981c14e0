#pragma once

#include <QString>
#include <QStringList>

namespace Tepat::TestServer {

// The throw-away PostgreSQL that tests/server/start-server.sh started for this test run (a ctest
// fixture); the environment's TEPAT_TEST_SERVER_INFO may name another one's info file.
QString infoFile();
QString adminUrl(); // the superuser tepat, on the database postgres
QString programs(); // PostgreSQL's bin folder
// A new empty database for one test, set up as a Tepat server unless init is false; its URL as
// the superuser.
QString freshDatabase(bool init = true);
// The same database as another login, password included.
QString urlAs(const QString &databaseUrl, const QString &user, const QString &password);
// A login name no other test uses.
QString uniqueName(const QString &stem);

struct Psql
{
    int exitCode = -1;
    QString out;
    QString err;
};
// psql -c SQL against url, stopping at the first error.
Psql psql(const QString &url, const QString &sql);

// A private server for a test that must stop one: started by the same script, with its own info
// file; it is stopped and removed when the object goes.
class PrivateServer
{
public:
    PrivateServer();
    ~PrivateServer();
    QString adminUrl() const;
    // pg_ctl stop -m immediate: the server dies as in a power cut, without a clean shutdown.
    void kill();
    // Starts it again on the same data and port.
    void restart();

private:
    QString m_info;
    QStringList m_lines;
};

} // namespace Tepat::TestServer
