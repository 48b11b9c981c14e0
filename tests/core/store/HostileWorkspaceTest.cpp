#include "SyntheticCascade.h"
#include "store/WorkspaceFile.h"
#include "support/QtStringMakers.h"
#include "support/TestFiles.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Tepat;
using namespace Tepat::TestFiles;

namespace {

QString savedWorkspace(const QTemporaryDir &dir, int indicators = 200)
{
    const QString path = dir.filePath(QStringLiteral("work.tepat"));
    REQUIRE(WorkspaceFile::save(SyntheticCascade::generate(indicators), path));
    return path;
}

// What another program (sqlite3, a database browser, a script) does to the file.
void alter(const QString &path, const QStringList &statements)
{
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {path});
    sqlite.write(statements.join(QStringLiteral(";\n")).toUtf8() + ";\n");
    sqlite.closeWriteChannel();
    REQUIRE(sqlite.waitForFinished(30000));
    INFO(sqlite.readAllStandardError().toStdString());
    REQUIRE(sqlite.exitCode() == 0);
}

// Refused as damaged, with a message that names the file and holds `words`, and none of
// SQLite's own wording.
void requireDamaged(const QString &path, const QString &words)
{
    const Result<Cascade> loaded = WorkspaceFile::load(path);
    REQUIRE_FALSE(loaded);
    INFO(loaded.error().message.toStdString());
    CHECK(loaded.error().code == Error::Code::Corrupt);
    CHECK(loaded.error().file == QFileInfo(path).absoluteFilePath());
    CHECK(loaded.error().message.contains(words));
    CHECK_FALSE(loaded.error().message.contains(QStringLiteral("Unable to")));
}

} // namespace

TEST_CASE("A table replaced by a view is damage, found before any row is read",
          "[WorkspaceFile][hostile]")
{
    QTemporaryDir dir;
    const QString path = savedWorkspace(dir);
    alter(path,
          {QStringLiteral("CREATE TABLE saved AS SELECT * FROM indicator"),
           QStringLiteral("DROP TABLE indicator"),
           QStringLiteral("CREATE VIEW indicator AS SELECT * FROM saved")});
    requireDamaged(path, QStringLiteral("indicator"));
}

TEST_CASE("A recursive view in place of a table is refused at once and spills nothing",
          "[WorkspaceFile][hostile]")
{
    QTemporaryDir dir;
    const QString path = savedWorkspace(dir);
    alter(path,
          {QStringLiteral("DROP TABLE target"),
           QStringLiteral("CREATE VIEW target AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                          "SELECT i + 1 FROM n) SELECT i AS indicator_id, i AS year, "
                          "randomblob(1000) AS value FROM n")});
    QElapsedTimer timer;
    timer.start();
    requireDamaged(path, QStringLiteral("target"));
    CHECK(timer.elapsed() < 10000);
}

TEST_CASE("A renamed, added or missing column is damage, not an empty value",
          "[WorkspaceFile][hostile]")
{
    QTemporaryDir dir;
    const QString path = savedWorkspace(dir);
    SECTION("one flipped letter in a column name")
    {
        alter(path, {QStringLiteral("ALTER TABLE indicator RENAME COLUMN text TO uext")});
        requireDamaged(path, QStringLiteral("text"));
    }
    SECTION("a column Tepat does not write")
    {
        alter(path, {QStringLiteral("ALTER TABLE opd ADD COLUMN catatan TEXT")});
        requireDamaged(path, QStringLiteral("catatan"));
    }
    SECTION("a table that is gone")
    {
        alter(path, {QStringLiteral("DROP TABLE review_comment")});
        requireDamaged(path, QStringLiteral("review_comment"));
    }
    SECTION("a table nobody asked for")
    {
        alter(path, {QStringLiteral("CREATE TABLE catatan (x)")});
        requireDamaged(path, QStringLiteral("catatan"));
    }
    SECTION("an index nobody asked for")
    {
        alter(path, {QStringLiteral("CREATE INDEX by_text ON indicator (text)")});
        requireDamaged(path, QStringLiteral("by_text"));
    }
    SECTION("a trigger nobody asked for")
    {
        alter(path,
              {QStringLiteral("CREATE TRIGGER hapus AFTER INSERT ON misi BEGIN DELETE FROM pk; "
                              "END")});
        requireDamaged(path, QStringLiteral("hapus"));
    }
}

TEST_CASE("A value changed or a row removed outside Tepat fails the content checksum",
          "[WorkspaceFile][hostile]")
{
    QTemporaryDir dir;
    const QString path = savedWorkspace(dir);
    SECTION("a changed target")
    {
        alter(path,
              {QStringLiteral("UPDATE target SET value = '99' WHERE (indicator_id, year) = "
                              "(SELECT indicator_id, year FROM target LIMIT 1)")});
    }
    SECTION("a removed indicator")
    {
        alter(path,
              {QStringLiteral("DELETE FROM target WHERE indicator_id = (SELECT max(id) FROM "
                              "indicator)"),
               QStringLiteral("DELETE FROM indicator WHERE id = (SELECT max(id) FROM indicator)")});
    }
    requireDamaged(path, QStringLiteral("checksum"));
}

TEST_CASE("No flipped byte opens as a different workspace", "[WorkspaceFile][hostile]")
{
    QTemporaryDir dir;
    const Cascade original = SyntheticCascade::generate(60);
    const QString path = dir.filePath(QStringLiteral("flipped.tepat"));
    REQUIRE(WorkspaceFile::save(original, path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();
    QRandomGenerator random(16);
    int opened = 0;
    for (int round = 0; round < 150; ++round) {
        QByteArray mutant = bytes;
        const qsizetype at = 100 + qsizetype(random.bounded(quint32(bytes.size() - 100)));
        mutant[at] = char(mutant[at] ^ char(1 << random.bounded(8)));
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(mutant);
        file.close();
        const Result<Cascade> loaded = WorkspaceFile::load(path);
        if (!loaded)
            continue;
        ++opened;
        INFO("byte " << at << " flipped");
        CHECK(*loaded == original);
    }
    // Most flips land in unused space or are refused; some must have opened to test anything.
    CHECK(opened > 0);
}

TEST_CASE("An old file whose tables are not those of its version is damaged, said in Tepat's words",
          "[WorkspaceFile][hostile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.tepat"));
    QProcess sqlite;
    sqlite.setStandardInputFile(QStringLiteral(TEPAT_TEST_DATA_DIR "/schema/v1.sql"));
    sqlite.start(QStringLiteral("sqlite3"), {path});
    REQUIRE(sqlite.waitForFinished(30000));
    REQUIRE(sqlite.exitCode() == 0);
    // A column that version 1 never had, which the step to version 2 adds.
    alter(path, {QStringLiteral("ALTER TABLE pk ADD COLUMN declared_total TEXT")});
    requireDamaged(path, QStringLiteral("format 1"));
    const Result<Cascade> loaded = WorkspaceFile::load(path);
    CHECK_FALSE(loaded.error().message.contains(QStringLiteral("duplicate column")));
}
