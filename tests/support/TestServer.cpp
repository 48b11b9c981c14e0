#include "support/TestServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QUrl>

#include <catch2/catch.hpp>
#include <unistd.h>

namespace Tepat::TestServer {

namespace {

QStringList infoLines()
{
    QFile file(infoFile());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
}

} // namespace

QString infoFile()
{
    // The fixture's file, unless the environment names another server.
    const QString path
        = qEnvironmentVariable("TEPAT_TEST_SERVER_INFO", QStringLiteral(TEPAT_TEST_SERVER_INFO));
    INFO("no test server: run these tests through ctest, which starts one");
    REQUIRE(QFile::exists(path));
    return path;
}

QString adminUrl()
{
    return infoLines().value(0);
}

QString programs()
{
    return infoLines().value(2);
}

QString uniqueName(const QString &stem)
{
    return QStringLiteral("%1_%2").arg(stem).arg(
        QRandomGenerator::global()->generate64() % 1'000'000'000'000ULL, 12, 36, QLatin1Char('0'));
}

Psql psql(const QString &url, const QString &sql)
{
    QProcess process;
    process.start(programs() + QStringLiteral("/psql"),
                  {QStringLiteral("-X"),
                   QStringLiteral("-q"),
                   QStringLiteral("-A"),
                   QStringLiteral("-t"),
                   QStringLiteral("-v"),
                   QStringLiteral("ON_ERROR_STOP=1"),
                   QStringLiteral("-d"),
                   url,
                   QStringLiteral("-c"),
                   sql});
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(),
            QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
            QString::fromUtf8(process.readAllStandardError()).trimmed()};
}

QString freshDatabase(bool init)
{
    const QString name = uniqueName(QStringLiteral("t"));
    const Psql created = psql(adminUrl(), QStringLiteral("CREATE DATABASE %1").arg(name));
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    QUrl url(adminUrl());
    url.setPath(QLatin1Char('/') + name);
    const QString database = url.toString();
    if (init) {
        QProcess cli;
        cli.start(QStringLiteral(TEPAT_CLI),
                  {QStringLiteral("server"), QStringLiteral("init"), database});
        REQUIRE(cli.waitForFinished(120000));
        INFO(QString::fromUtf8(cli.readAllStandardError()).toStdString());
        REQUIRE(cli.exitCode() == 0);
    }
    return database;
}

QString urlAs(const QString &databaseUrl, const QString &user, const QString &password)
{
    QUrl url(databaseUrl);
    url.setUserName(user);
    url.setPassword(password);
    return url.toString();
}

namespace {

// PostgreSQL refuses to run as root; the scripts run it as nobody then, and so must pg_ctl here.
int pgCtl(const QStringList &lines, const QStringList &arguments)
{
    QStringList command {lines.value(2) + QStringLiteral("/pg_ctl"),
                         QStringLiteral("-D"),
                         lines.value(1) + QStringLiteral("/data")};
    command += arguments;
    QProcess process;
    if (::getuid() == 0)
        process.start(
            QStringLiteral("runuser"),
            QStringList {QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--")}
                + command);
    else
        process.start(command.takeFirst(), command);
    REQUIRE(process.waitForFinished(120000));
    return process.exitCode();
}

} // namespace

PrivateServer::PrivateServer()
    : m_info(QDir::temp().filePath(uniqueName(QStringLiteral("tepat-private"))
                                   + QStringLiteral(".info")))
{
    QProcess start;
    start.start(QStringLiteral(TEPAT_SOURCE_DIR "/tests/server/start-server.sh"), {m_info});
    REQUIRE(start.waitForFinished(120000));
    INFO(QString::fromUtf8(start.readAllStandardError()).toStdString());
    REQUIRE(start.exitCode() == 0);
    QFile file(m_info);
    REQUIRE(file.open(QIODevice::ReadOnly));
    m_lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
}

PrivateServer::~PrivateServer()
{
    QProcess::execute(QStringLiteral(TEPAT_SOURCE_DIR "/tests/server/stop-server.sh"), {m_info});
}

QString PrivateServer::adminUrl() const
{
    return m_lines.value(0);
}

void PrivateServer::kill()
{
    pgCtl(m_lines,
          {QStringLiteral("-m"),
           QStringLiteral("immediate"),
           QStringLiteral("-w"),
           QStringLiteral("stop")});
}

void PrivateServer::restart()
{
    const QString state = m_lines.value(1);
    REQUIRE(pgCtl(m_lines,
                  {QStringLiteral("-l"),
                   state + QStringLiteral("/server.log"),
                   QStringLiteral("-w"),
                   QStringLiteral("-o"),
                   QStringLiteral("-k %1 -p %2 -c listen_addresses=127.0.0.1 -c fsync=off")
                       .arg(state, m_lines.value(3)),
                   QStringLiteral("start")})
            == 0);
}

} // namespace Tepat::TestServer
