#include "store/WorkspaceFile.h"

#include "SyntheticCascade.h"
#include "store/CascadeJson.h"
#include "store/WorkspaceLock.h"
#include "store/WorkspaceSchema.h"
#include "support/QtStringMakers.h"
#include "support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Tepat;
using namespace Tepat::TestFiles;

namespace {

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                                  QDir::Name);
}

// Opening must fail with the given code, name the file, and leave it and its folder untouched.
void requireRefused(const QString &path, Error::Code code)
{
    const QByteArray before = fileHash(path);
    const QStringList folderBefore = entries(QFileInfo(path).absolutePath());
    const Result<Cascade> loaded = WorkspaceFile::load(path);
    REQUIRE_FALSE(loaded);
    CHECK(loaded.error().code == code);
    CHECK(loaded.error().file == QFileInfo(path).absoluteFilePath());
    CHECK(loaded.error().message.contains(QFileInfo(path).absoluteFilePath()));
    CHECK(fileHash(path) == before);
    CHECK(entries(QFileInfo(path).absolutePath()) == folderBefore);
}

QString savedSynthetic(const QTemporaryDir &dir, int indicators = 300)
{
    const QString path = dir.filePath(QStringLiteral("work.tepat"));
    REQUIRE(WorkspaceFile::save(SyntheticCascade::generate(indicators), path));
    return path;
}

} // namespace

TEST_CASE("Every entity and field survives a save and a load", "[WorkspaceFile]")
{
    QTemporaryDir dir;
    const Cascade original = SyntheticCascade::generate(2000);
    const QString path = dir.filePath(QStringLiteral("round-trip.tepat"));
    REQUIRE(WorkspaceFile::save(original, path));
    const Result<Cascade> loaded = WorkspaceFile::load(path);
    REQUIRE(loaded);
    CHECK(loaded->pemda() == original.pemda());
    CHECK(loaded->periode() == original.periode());
    CHECK(loaded->opds() == original.opds());
    CHECK(loaded->pks() == original.pks());
    CHECK(loaded->indicatorCount() == original.indicatorCount());
    CHECK(*loaded == original);
}

TEST_CASE("The sample workspace loads and matches its JSON source", "[WorkspaceFile]")
{
    QFile json(QStringLiteral(TEPAT_SOURCE_DIR "/resources/samples/deli-serdang.json"));
    REQUIRE(json.open(QIODevice::ReadOnly));
    const Result<Cascade> fromJson = CascadeJson::read(json.readAll(), json.fileName());
    REQUIRE(fromJson);
    const Result<Cascade> sample = WorkspaceFile::load(samplePath());
    REQUIRE(sample);
    CHECK(*sample == *fromJson);
    CHECK(sample->opds().size() >= 4);
}

TEST_CASE("A saved file carries Tepat's application id and the schema version", "[WorkspaceFile]")
{
    QTemporaryDir dir;
    const QString path = savedSynthetic(dir);
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("PRAGMA application_id")));
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == WorkspaceSchema::applicationId);
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == WorkspaceSchema::version);
        REQUIRE(query.exec(QStringLiteral("PRAGMA foreign_key_check")));
        CHECK_FALSE(query.next());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
}

TEST_CASE(
    "Saving over a file replaces it whole, keeps its permissions and leaves nothing beside it",
    "[WorkspaceFile]")
{
    QTemporaryDir dir;
    const QString path = savedSynthetic(dir, 300);
    QFile::setPermissions(
        path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::WriteGroup);
    const Cascade bigger = SyntheticCascade::generate(900, 7);
    REQUIRE(WorkspaceFile::save(bigger, path));
    CHECK(entries(dir.path()) == QStringList {QStringLiteral("work.tepat")});
    // ReadUser/WriteUser mirror the owner bits for the current user; compare the file's own bits.
    const QFile::Permissions userBits = QFile::ReadUser | QFile::WriteUser | QFile::ExeUser;
    CHECK((QFile::permissions(path) & ~userBits)
          == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::WriteGroup));
    const Result<Cascade> loaded = WorkspaceFile::load(path);
    REQUIRE(loaded);
    CHECK(*loaded == bigger);
}

TEST_CASE("Loading changes nothing in the file or its folder", "[WorkspaceFile]")
{
    QTemporaryDir dir;
    const QString path = savedSynthetic(dir);
    const QByteArray before = fileHash(path);
    REQUIRE(WorkspaceFile::load(path));
    CHECK(fileHash(path) == before);
    CHECK(entries(dir.path()) == QStringList {QStringLiteral("work.tepat")});
}

TEST_CASE("Opening a missing file says so and creates nothing", "[WorkspaceFile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.tepat"));
    const Result<Cascade> loaded = WorkspaceFile::load(path);
    REQUIRE_FALSE(loaded);
    CHECK(loaded.error().code == Error::Code::NotFound);
    CHECK(loaded.error().message.contains(path));
    CHECK(entries(dir.path()).isEmpty());
}

TEST_CASE("Files that are not workspaces are refused by name and left untouched", "[WorkspaceFile]")
{
    QTemporaryDir dir;
    SECTION("an empty file")
    {
        const QString path = dir.filePath(QStringLiteral("empty.tepat"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.close();
        requireRefused(path, Error::Code::NotAWorkspace);
    }
    SECTION("a text file")
    {
        const QString path = dir.filePath(QStringLiteral("notes.tepat"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("Sasaran;Indikator;Target\n").repeated(20));
        file.close();
        requireRefused(path, Error::Code::NotAWorkspace);
    }
    SECTION("a SQLite database of another program")
    {
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        createSqliteFile(path,
                         {QStringLiteral("CREATE TABLE other (x)"),
                          QStringLiteral("INSERT INTO other VALUES (1)")});
        requireRefused(path, Error::Code::NotAWorkspace);
    }
}

TEST_CASE("A workspace from a newer Tepat is refused with both versions named", "[WorkspaceFile]")
{
    QTemporaryDir dir;
    const QString path = savedSynthetic(dir);
    patchHeader(path, 60, WorkspaceSchema::version + 1);
    requireRefused(path, Error::Code::TooNew);
    const Result<Cascade> loaded = WorkspaceFile::load(path);
    CHECK(loaded.error().message.contains(QString::number(WorkspaceSchema::version + 1)));
}

TEST_CASE("A format version no release wrote is refused as damaged", "[WorkspaceFile]")
{
    QTemporaryDir dir;
    const QString path = savedSynthetic(dir);
    patchHeader(path, 60, 0);
    requireRefused(path, Error::Code::Corrupt);
}

TEST_CASE("A truncated workspace is refused as incomplete", "[WorkspaceFile]")
{
    QTemporaryDir dir;
    const QString path = savedSynthetic(dir, 2000);
    QFile file(path);
    REQUIRE(file.resize(file.size() / 2));
    requireRefused(path, Error::Code::Truncated);
}

TEST_CASE("A workspace with damaged pages is refused as damaged", "[WorkspaceFile]")
{
    QTemporaryDir dir;
    const QString path = savedSynthetic(dir, 2000);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    // Scribble over the middle of the file, leaving the header intact.
    REQUIRE(file.seek(file.size() / 2));
    file.write(QByteArray(8192, '\x5a'));
    file.close();
    requireRefused(path, Error::Code::Corrupt);
}

TEST_CASE("A workspace locked by another program is refused as locked", "[WorkspaceFile]")
{
    QTemporaryDir dir;
    const QString path = savedSynthetic(dir);
    const QByteArray before = fileHash(path);
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        const Result<Cascade> loaded = WorkspaceFile::load(path);
        REQUIRE_FALSE(loaded);
        CHECK(loaded.error().code == Error::Code::Locked);
        CHECK(loaded.error().message.contains(path));
        REQUIRE(query.exec(QStringLiteral("ROLLBACK")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    CHECK(fileHash(path) == before);
}

TEST_CASE("A workspace open in another Tepat cannot be opened for editing", "[WorkspaceLock]")
{
    QTemporaryDir dir;
    const QString path = savedSynthetic(dir);
    auto first = WorkspaceLock::acquire(path);
    REQUIRE(first);
    const auto second = WorkspaceLock::acquire(path);
    REQUIRE_FALSE(second);
    CHECK(second.error().code == Error::Code::Locked);
    CHECK(second.error().message.contains(path));
    first->reset();
    CHECK(WorkspaceLock::acquire(path));
}

TEST_CASE("A read-only workspace can be read but is never overwritten", "[WorkspaceFile]")
{
    QTemporaryDir dir;
    const QString path = savedSynthetic(dir);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup);
    const QByteArray before = fileHash(path);
    REQUIRE(WorkspaceFile::load(path));
    const Result<void> writable = WorkspaceFile::checkWritable(path);
    REQUIRE_FALSE(writable);
    CHECK(writable.error().code == Error::Code::ReadOnly);
    CHECK(writable.error().message.contains(path));
    const Result<void> saved = WorkspaceFile::save(SyntheticCascade::generate(100), path);
    REQUIRE_FALSE(saved);
    CHECK(saved.error().code == Error::Code::ReadOnly);
    CHECK(fileHash(path) == before);
}

TEST_CASE("Saving into a read-only folder fails and leaves the old file", "[WorkspaceFile]")
{
    QTemporaryDir dir;
    const QString path = savedSynthetic(dir);
    const QByteArray before = fileHash(path);
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
    const Result<void> saved = WorkspaceFile::save(SyntheticCascade::generate(100), path);
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    REQUIRE_FALSE(saved);
    CHECK(saved.error().code == Error::Code::ReadOnly);
    CHECK(fileHash(path) == before);
}

TEST_CASE("Saving through a symbolic link writes the file it points to and keeps the link",
          "[WorkspaceFile]")
{
    QTemporaryDir dir;
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("real")));
    const QString target = dir.filePath(QStringLiteral("real/work.tepat"));
    REQUIRE(WorkspaceFile::save(SyntheticCascade::generate(100, 1), target));
    const QString link = dir.filePath(QStringLiteral("link.tepat"));
    REQUIRE(QFile::link(target, link));

    const Cascade changed = SyntheticCascade::generate(100, 2);
    REQUIRE(WorkspaceFile::save(changed, link));
    CHECK(QFileInfo(link).isSymLink());
    CHECK(QFileInfo(link).symLinkTarget() == target);
    const Result<Cascade> loaded = WorkspaceFile::load(target);
    REQUIRE(loaded);
    CHECK(*loaded == changed);
    CHECK(entries(dir.path())
          == QStringList {QStringLiteral("link.tepat"), QStringLiteral("real")});
    CHECK(entries(dir.filePath(QStringLiteral("real")))
          == QStringList {QStringLiteral("work.tepat")});
}

TEST_CASE("Saving into a folder that does not exist says so, not that it is read-only",
          "[WorkspaceFile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hilang/work.tepat"));
    const Result<void> saved = WorkspaceFile::save(SyntheticCascade::generate(10), path);
    REQUIRE_FALSE(saved);
    CHECK(saved.error().code == Error::Code::NotFound);
    CHECK(saved.error().message.contains(dir.filePath(QStringLiteral("hilang"))));
    CHECK_FALSE(saved.error().message.contains(QStringLiteral("read-only")));
}

TEST_CASE("A workspace in SQLite's WAL mode opens and leaves nothing beside it", "[WorkspaceFile]")
{
    QTemporaryDir dir;
    const Cascade original = SyntheticCascade::generate(100);
    const QString path = dir.filePath(QStringLiteral("wal.tepat"));
    REQUIRE(WorkspaceFile::save(original, path));
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("wal"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("wal"));
    REQUIRE(entries(dir.path()) == QStringList {QStringLiteral("wal.tepat")});
    const QByteArray before = fileHash(path);

    const Result<Cascade> loaded = WorkspaceFile::load(path);
    REQUIRE(loaded);
    CHECK(*loaded == original);
    CHECK(entries(dir.path()) == QStringList {QStringLiteral("wal.tepat")});
    CHECK(fileHash(path) == before);
}
