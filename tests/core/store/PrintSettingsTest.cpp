#include "store/CascadeJson.h"
#include "store/WorkspaceFile.h"
#include "store/WorkspaceSchema.h"
#include "support/QtStringMakers.h"
#include "support/SampleWorkspace.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

QString sqliteValue(const QString &path, const QString &query)
{
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {path, query});
    REQUIRE(sqlite.waitForFinished(30000));
    return QString::fromUtf8(sqlite.readAllStandardOutput()).trimmed();
}

} // namespace

TEST_CASE("The paper of a workspace is saved in its file and read back", "[PrintSettings]")
{
    QTemporaryDir dir;
    Cascade cascade = SampleWorkspace::load();
    CHECK(cascade.printSettings().paper == PaperFormat::Size::A4); // what the sample prints on
    cascade.setPrintSettings(PrintSettings {PaperFormat::Size::F4});
    const QString path = dir.filePath(QStringLiteral("f4.tepat"));
    REQUIRE(WorkspaceFile::save(cascade, path));
    CHECK(sqliteValue(path, QStringLiteral("SELECT paper FROM print_setting")) == u"f4");
    CHECK(sqliteValue(path, QStringLiteral("PRAGMA user_version"))
          == QString::number(WorkspaceSchema::version));

    const Result<Cascade> loaded = WorkspaceFile::load(path);
    REQUIRE(loaded);
    CHECK(loaded->printSettings().paper == PaperFormat::Size::F4);
    CHECK(*loaded == cascade);
    Cascade a4 = *loaded;
    a4.setPrintSettings(PrintSettings {});
    CHECK_FALSE(a4 == cascade); // the paper is content: a change makes the document modified
}

TEST_CASE("A workspace of format 2 opens on A4, the paper its PKs were exported on",
          "[PrintSettings][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.tepat"));
    QProcess sqlite;
    sqlite.setStandardInputFile(QStringLiteral(TEPAT_TEST_DATA_DIR "/schema/v2.sql"));
    sqlite.start(QStringLiteral("sqlite3"), {path});
    REQUIRE(sqlite.waitForFinished(30000));
    REQUIRE(sqlite.exitCode() == 0);
    CHECK(sqliteValue(path, QStringLiteral("PRAGMA user_version")) == u"2");

    const Result<Cascade> loaded = WorkspaceFile::load(path);
    REQUIRE(loaded);
    CHECK(loaded->printSettings().paper == PaperFormat::Size::A4);
    // Opening migrates a private copy: the file stays a format 2 file without the table.
    CHECK(sqliteValue(path, QStringLiteral("PRAGMA user_version")) == u"2");
    CHECK(sqliteValue(path,
                      QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                     "'print_setting'"))
          == u"0");

    Cascade f4 = *loaded;
    f4.setPrintSettings(PrintSettings {PaperFormat::Size::F4});
    REQUIRE(WorkspaceFile::save(f4, path));
    CHECK(sqliteValue(path, QStringLiteral("PRAGMA user_version"))
          == QString::number(WorkspaceSchema::version));
    CHECK(WorkspaceFile::load(path)->printSettings().paper == PaperFormat::Size::F4);
}

TEST_CASE("JSON carries the paper only when it is not A4, and keeps bytes identical",
          "[PrintSettings][CascadeJson]")
{
    Cascade cascade = SampleWorkspace::load();
    CHECK_FALSE(CascadeJson::write(cascade).contains("\"print\""));

    cascade.setPrintSettings(PrintSettings {PaperFormat::Size::F4});
    const QByteArray json = CascadeJson::write(cascade);
    CHECK(json.contains("\"paper\": \"f4\""));
    const Result<Cascade> imported = CascadeJson::read(json, QStringLiteral("f4.json"));
    REQUIRE(imported);
    CHECK(imported->printSettings().paper == PaperFormat::Size::F4);
    CHECK(*imported == cascade);
    CHECK(CascadeJson::write(*imported) == json);
}

TEST_CASE("A paper JSON does not know is refused with the path of the field", "[PrintSettings]")
{
    Cascade cascade = SampleWorkspace::load();
    cascade.setPrintSettings(PrintSettings {PaperFormat::Size::F4});
    QByteArray json = CascadeJson::write(cascade);
    json.replace("\"paper\": \"f4\"", "\"paper\": \"letter\"");
    const Result<Cascade> imported = CascadeJson::read(json, QStringLiteral("bad.json"));
    REQUIRE_FALSE(imported);
    CHECK(imported.error().message.contains(QStringLiteral("bad.json")));
    CHECK(imported.error().message.contains(QStringLiteral("print.paper")));
    CHECK(imported.error().message.contains(QStringLiteral("a4, f4")));
}
