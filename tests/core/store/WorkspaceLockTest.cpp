#include "store/WorkspaceLock.h"

#include "support/QtStringMakers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSysInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <pwd.h>
#include <unistd.h>

using namespace Tepat;

TEST_CASE("A refused lock names who holds the workspace: user, computer, process and since when",
          "[WorkspaceLock]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dipakai.tepat"));
    auto first = WorkspaceLock::acquire(path);
    REQUIRE(first);
    const auto second = WorkspaceLock::acquire(path);
    REQUIRE_FALSE(second);
    const QString message = second.error().message;
    INFO(message.toStdString());
    CHECK(second.error().code == Error::Code::Locked);
    CHECK(message.contains(path));
    CHECK(message.contains(QSysInfo::machineHostName()));
    CHECK(message.contains(QString::number(QCoreApplication::applicationPid())));
    const passwd *user = ::getpwuid(::geteuid());
    REQUIRE(user);
    CHECK(message.contains(QString::fromLocal8Bit(user->pw_name)));
    CHECK(message.contains(QStringLiteral("since")));
}

TEST_CASE("A lock file that names no one is taken over once it is no longer being written",
          "[WorkspaceLock]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("aneh.tepat"));
    QFile lock(WorkspaceLock::lockPath(path));
    REQUIRE(lock.open(QIODevice::WriteOnly));
    lock.write("bukan kunci");
    // Written out first: closing would otherwise write it, and stamp the file with now.
    REQUIRE(lock.flush());
    REQUIRE(lock.setFileTime(QDateTime::currentDateTime().addSecs(-60),
                             QFileDevice::FileModificationTime));
    lock.close();
    CHECK(WorkspaceLock::acquire(path));
}
