#include "support/QtStringMakers.h"
#include "support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Tepat;
using namespace Tepat::TestFiles;

TEST_CASE("The desktop recognises a workspace by its content, even renamed, and no other SQLite "
          "file as one",
          "[packaging]")
{
    // The system's MIME database as it is after installing the package: shared-mime-info's
    // trigger compiles Debian's types and ours into one cache, where magic rules are ordered by
    // priority. (Two separate caches would not do: Qt 6.4 lets the last one that matches win,
    // whatever the priorities.) Each test case runs in its own process, so the MIME database is
    // first built here, with this path.
    QTemporaryDir data;
    const QDir packages(data.filePath(QStringLiteral("mime/packages")));
    REQUIRE(QDir().mkpath(packages.path()));
    REQUIRE(QFile::copy(QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml"),
                        packages.filePath(QStringLiteral("freedesktop.org.xml"))));
    REQUIRE(QFile::copy(QStringLiteral(TEPAT_SOURCE_DIR "/packaging/tepat-mime.xml"),
                        packages.filePath(QStringLiteral("tepat.xml"))));
    QProcess update;
    update.start(QStringLiteral("update-mime-database"), {data.filePath(QStringLiteral("mime"))});
    REQUIRE(update.waitForFinished(60000));
    REQUIRE(update.exitCode() == 0);
    qputenv("XDG_DATA_DIRS", data.path().toUtf8());

    QTemporaryDir dir;
    const QString renamed = dir.filePath(QStringLiteral("lampiran-dari-email.dat"));
    REQUIRE(QFile::copy(samplePath(), renamed));
    const QString plain = dir.filePath(QStringLiteral("other.dat"));
    createSqliteFile(plain, {QStringLiteral("CREATE TABLE other(x)")});

    const QMimeDatabase mime;
    CHECK(mime.mimeTypeForFile(samplePath()).name() == QStringLiteral("application/x-tepat"));
    CHECK(mime.mimeTypeForFile(renamed, QMimeDatabase::MatchContent).name()
          == QStringLiteral("application/x-tepat"));
    CHECK(mime.mimeTypeForFile(plain, QMimeDatabase::MatchContent).name()
          == QStringLiteral("application/vnd.sqlite3"));
    const QMimeType type = mime.mimeTypeForName(QStringLiteral("application/x-tepat"));
    CHECK(type.inherits(QStringLiteral("application/vnd.sqlite3")));
    CHECK(type.globPatterns() == QStringList {QStringLiteral("*.tepat")});
    CHECK(type.iconName() == QStringLiteral("application-x-tepat"));
}
