#include "store/CascadeJson.h"
#include "store/SqliteConnection.h"
#include "store/WorkspaceFile.h"
#include "store/WorkspaceSchema.h"
#include "support/QtStringMakers.h"
#include "support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

// Builds a workspace file of an old version from its frozen SQL in tests/data/schema/.
QString buildOldWorkspace(const QTemporaryDir &dir, int version)
{
    const QString path = dir.filePath(QStringLiteral("v%1.tepat").arg(version));
    QProcess sqlite;
    sqlite.setStandardInputFile(QStringLiteral(TEPAT_TEST_DATA_DIR "/schema/v%1.sql").arg(version));
    sqlite.start(QStringLiteral("sqlite3"), {path});
    REQUIRE(sqlite.waitForFinished(30000));
    INFO(sqlite.readAllStandardError().toStdString());
    REQUIRE(sqlite.exitCode() == 0);
    return path;
}

Cascade sampleFromJson()
{
    QFile json(QStringLiteral(TEPAT_SOURCE_DIR "/resources/samples/deli-serdang.json"));
    REQUIRE(json.open(QIODevice::ReadOnly));
    Result<Cascade> cascade = CascadeJson::read(json.readAll(), json.fileName());
    REQUIRE(cascade);
    return *cascade;
}

// The sample as a file of an older version can hold it: realisasi and the capaian settings came
// with version 5.
Cascade withoutResults(Cascade cascade)
{
    for (const PkDocument &pk : QList<PkDocument>(cascade.pks())) {
        for (qint64 sasaran : cascade.childItems(pk.id)) {
            for (qint64 indicator : cascade.indicatorsOf(sasaran))
                REQUIRE(cascade.setRealisasi(indicator, {}));
        }
        for (const PkProgram &program : pk.programs)
            REQUIRE(cascade.setRealisasiAnggaran(program.id, {}));
    }
    cascade.setMeasureSettings({});
    return cascade;
}

// The sample as a file before version 9 holds it: the analisis of an indicator's year came then.
Cascade withoutAnalisis(Cascade cascade)
{
    for (const PkDocument &pk : QList<PkDocument>(cascade.pks())) {
        for (qint64 sasaran : cascade.childItems(pk.id)) {
            for (qint64 indicator : cascade.indicatorsOf(sasaran)) {
                Realisasi realisasi = cascade.indicator(indicator)->realisasi;
                realisasi.setAnalisis({});
                REQUIRE(cascade.setRealisasi(indicator, realisasi));
            }
        }
    }
    return cascade;
}

// The sample as the release of that format version wrote it.
Cascade sampleAsVersion(int version)
{
    const Cascade sample = withoutAnalisis(sampleFromJson());
    return version < 5 ? withoutResults(sample) : sample;
}

} // namespace

TEST_CASE("Every earlier format version opens with all its content and is left as it was",
          "[WorkspaceFile][migration]")
{
    QTemporaryDir dir;
    for (int version = 1; version < WorkspaceSchema::version; ++version) {
        INFO("format version " << version);
        const QString path = buildOldWorkspace(dir, version);
        const QByteArray before = TestFiles::fileHash(path);
        const Result<Cascade> loaded = WorkspaceFile::load(path);
        REQUIRE(loaded);
        // Each fixture is the sample workspace as that release wrote it.
        CHECK(*loaded == sampleAsVersion(version));
        CHECK(TestFiles::fileHash(path) == before);
        CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == version);

        // Saving writes the current format, which reads back the same.
        const QString upgraded
            = dir.filePath(QStringLiteral("upgraded-from-v%1.tepat").arg(version));
        REQUIRE(WorkspaceFile::save(*loaded, upgraded));
        const Result<Cascade> again = WorkspaceFile::load(upgraded);
        REQUIRE(again);
        CHECK(*again == *loaded);
        QFile::remove(upgraded);
    }
}

TEST_CASE("The migration steps give the same tables as a new file", "[WorkspaceFile][migration]")
{
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh.tepat"));
    REQUIRE(WorkspaceFile::save(sampleFromJson(), fresh));
    const auto columnsOf = [](const QString &path) {
        QProcess sqlite;
        sqlite.start(
            QStringLiteral("sqlite3"),
            {path,
             QStringLiteral("SELECT m.name || '(' || group_concat(p.name || ' ' || p.type || ' ' "
                            "|| p.\"notnull\" || ' ' || p.pk, ', ') || ')' FROM sqlite_master m, "
                            "pragma_table_info(m.name) p WHERE m.type = 'table' GROUP BY m.name "
                            "ORDER BY m.name")});
        REQUIRE(sqlite.waitForFinished(30000));
        return QString::fromUtf8(sqlite.readAllStandardOutput());
    };
    const QString expected = columnsOf(fresh);
    CHECK(expected.contains(QStringLiteral("acknowledgement(")));
    CHECK(expected.contains(QStringLiteral("realisasi(")));
    CHECK(expected.contains(QStringLiteral("measure_setting(")));
    for (int version = 1; version < WorkspaceSchema::version; ++version) {
        INFO("format version " << version);
        const QString old = buildOldWorkspace(dir, version);
        {
            auto connection = SqliteConnection::open(old, SqliteConnection::Mode::ReadWrite);
            REQUIRE(connection);
            REQUIRE(WorkspaceSchema::migrate(**connection, version));
        }
        CHECK(columnsOf(old) == expected);
    }
}

TEST_CASE("A lock history comes through the step to format 7, which can keep a terkunci lock",
          "[WorkspaceFile][migration]")
{
    QTemporaryDir dir;
    const QString path = buildOldWorkspace(dir, 6);
    const auto sql = [&](const QString &statement) {
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), {path, statement});
        REQUIRE(sqlite.waitForFinished(30000));
        REQUIRE(sqlite.exitCode() == 0);
        return QString::fromUtf8(sqlite.readAllStandardOutput()).trimmed();
    };
    const qint64 pkId = sql(QStringLiteral("SELECT min(id) FROM pk")).toLongLong();
    sql(QStringLiteral("INSERT INTO pk_lock_event VALUES (%1, 0, 'lock', 'paper', "
                       "'2026-02-03T04:05:06Z', '2026-02-02', '', 'protokol')")
            .arg(pkId));

    Result<Cascade> migrated = WorkspaceFile::load(path);
    REQUIRE(migrated);
    const PkDocument *pk = migrated->pk(pkId);
    REQUIRE(pk);
    REQUIRE(pk->lockHistory.size() == 1);
    CHECK(pk->currentLock()->method == PkLockEvent::Method::Paper);
    CHECK(pk->currentLock()->signedOn == QDate(2026, 2, 2));
    CHECK(pk->currentLock()->author == QStringLiteral("protokol"));

    PkDocument terkunci = *pk;
    terkunci.lockHistory.append({PkLockEvent::Action::Unlock,
                                 PkLockEvent::Method::SignedPdf,
                                 QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC),
                                 {},
                                 QStringLiteral("revisi target"),
                                 QStringLiteral("admin")});
    terkunci.lockHistory.append({PkLockEvent::Action::Lock,
                                 PkLockEvent::Method::Workflow,
                                 QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC),
                                 QDate(2026, 3, 2),
                                 QStringLiteral("disetujui kepala Bappeda"),
                                 QStringLiteral("admin")});
    REQUIRE(migrated->updatePk(terkunci));
    const QString saved = dir.filePath(QStringLiteral("v7.tepat"));
    REQUIRE(WorkspaceFile::save(*migrated, saved));
    Result<Cascade> reloaded = WorkspaceFile::load(saved);
    REQUIRE(reloaded);
    CHECK(reloaded->pk(pkId)->lockHistory == terkunci.lockHistory);
    CHECK(reloaded->pk(pkId)->currentLock()->method == PkLockEvent::Method::Workflow);
}

TEST_CASE("A format 8 file gets the analisis table empty, and keeps an analisis once saved",
          "[WorkspaceFile][migration]")
{
    QTemporaryDir dir;
    const QString path = buildOldWorkspace(dir, 8);
    Result<Cascade> migrated = WorkspaceFile::load(path);
    REQUIRE(migrated);
    CHECK(*migrated == sampleAsVersion(8));
    // Its checksum is still compared, on what format 8 held.
    const QString changed = dir.filePath(QStringLiteral("v8-changed.tepat"));
    REQUIRE(QFile::copy(path, changed));
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"),
                 {changed, QStringLiteral("UPDATE pemda SET name = 'Kabupaten Lain'")});
    REQUIRE(sqlite.waitForFinished(30000));
    REQUIRE(sqlite.exitCode() == 0);
    const Result<Cascade> tampered = WorkspaceFile::load(changed);
    REQUIRE_FALSE(tampered);
    CHECK(tampered.error().file == changed);

    const Cascade sample = sampleFromJson();
    for (const PkDocument &pk : sample.pks()) {
        for (qint64 sasaran : sample.childItems(pk.id)) {
            for (qint64 indicator : sample.indicatorsOf(sasaran))
                REQUIRE(migrated->setRealisasi(indicator, sample.indicator(indicator)->realisasi));
        }
    }
    const QString saved = dir.filePath(QStringLiteral("v9.tepat"));
    REQUIRE(WorkspaceFile::save(*migrated, saved));
    const Result<Cascade> reloaded = WorkspaceFile::load(saved);
    REQUIRE(reloaded);
    CHECK(*reloaded == sample);
}
