#include "support/QtStringMakers.h"
#include "support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Tepat;
using namespace Tepat::TestFiles;

TEST_CASE("The desktop recognises a workspace by its content, even renamed, and no other SQLite "
          "file as one",
          "[packaging]")
{
    // The MIME type as the package installs it, ahead of the system's types. Each test case runs
    // in its own process, so the MIME database is first built here, with this path.
    QTemporaryDir data;
    REQUIRE(QDir(data.path()).mkpath(QStringLiteral("mime/packages")));
    REQUIRE(QFile::copy(QStringLiteral(TEPAT_SOURCE_DIR "/packaging/tepat-mime.xml"),
                        data.filePath(QStringLiteral("mime/packages/tepat.xml"))));
    qputenv("XDG_DATA_DIRS", (data.path() + QStringLiteral(":/usr/share")).toUtf8());

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
