#include "ServerTestSupport.h"
#include "document/commands/AddCommentCommand.h"
#include "document/commands/EditIndicatorCommand.h"
#include "model/PkLockState.h"
#include "server/ServerSchema.h"
#include "server/WorkspaceSource.h"
#include "store/WorkspaceFile.h"
#include "store/WorkspaceTables.h"
#include "support/QtStringMakers.h"
#include "support/SampleWorkspace.h"
#include "support/TestServer.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace Tepat;
using namespace Tepat::ServerTestSupport;

TEST_CASE("Every object of a workspace round-trips through a file and through the server",
          "[server]")
{
    const Cascade sample = SampleWorkspace::load();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("copy.tepat"));
    REQUIRE(WorkspaceFile::save(sample, file));
    const Result<Cascade> fromFile = WorkspaceFile::load(file);
    REQUIRE(fromFile);
    CHECK(*fromFile == sample);

    const QString url = publishedSample();
    const Result<Cascade> fromServer = connect(url)->load();
    REQUIRE(fromServer);
    CHECK(fromServer->opds() == sample.opds());
    CHECK(fromServer->pks() == sample.pks());
    CHECK(fromServer->comments() == sample.comments());
    CHECK(*fromServer == sample);
}

TEST_CASE("An edit of an object someone changed first is refused with who and when, and nothing "
          "is lost",
          "[server]")
{
    const QString url = publishedSample();
    const QString alice = login(url, ServerStore::Role::Admin);
    const QString bob = login(url, ServerStore::Role::Admin);
    auto first = open(alice);
    auto second = open(bob);
    const qint64 id = indicatorOf(first->cascade(), 0);

    editText(*first, id, QStringLiteral("Angka kematian ibu (versi Alice)"));
    CHECK(first->undoStack()->count() == 1);
    QSignalSpy refused(second.get(), &WorkspaceDocument::serverRefused);
    editText(*second, id, QStringLiteral("Angka kematian ibu (versi Bob)"));
    REQUIRE(refused.size() == 1);
    const QString message = refused.first().first().toString();
    CHECK(message.contains(first->server()->user()));
    CHECK(message.contains(QStringLiteral("UTC")));
    // Bob's window shows Alice's text now, and his refused step is gone from his history.
    CHECK(second->cascade().indicator(id)->text
          == QStringLiteral("Angka kematian ibu (versi Alice)"));
    CHECK(second->undoStack()->count() == 0);
    const Result<Cascade> onServer = connect(url)->load();
    REQUIRE(onServer);
    CHECK(onServer->indicator(id)->text == QStringLiteral("Angka kematian ibu (versi Alice)"));

    // With the view refreshed, Bob's next edit is based on Alice's version and goes through.
    editText(*second, id, QStringLiteral("Angka kematian ibu per 100.000 kelahiran hidup"));
    CHECK(refused.size() == 1);
    CHECK(connect(url)->load()->indicator(id)->text
          == QStringLiteral("Angka kematian ibu per 100.000 kelahiran hidup"));
}

TEST_CASE("Another user's change reaches an open window within a second, findings included",
          "[server]")
{
    const QString url = publishedSample();
    auto watcher = open(login(url, ServerStore::Role::Reviewer));
    auto editor = open(login(url, ServerStore::Role::Admin));
    const qint64 id = indicatorOf(editor->cascade(), 1);
    const auto satuanMissing = [&] {
        const QList<Finding> findings = watcher->checker().findingsFor(id);
        return std::any_of(findings.cbegin(), findings.cend(), [](const Finding &finding) {
            return finding.ruleId == QLatin1String("satuan-missing");
        });
    };
    REQUIRE_FALSE(satuanMissing());
    Indicator edited = *editor->cascade().indicator(id);
    edited.satuan.clear();
    editor->undoStack()->push(
        new EditIndicatorCommand(editor.get(), edited, QStringLiteral("satuan")));
    REQUIRE(
        QTest::qWaitFor([&] { return watcher->cascade().indicator(id)->satuan.isEmpty(); }, 1000));
    CHECK(satuanMissing());
}

TEST_CASE("A penyusun changes their own OPD only, through Tepat and through psql alike", "[server]")
{
    const QString url = publishedSample();
    const Cascade sample = SampleWorkspace::load();
    const Opd &own = sample.opds().at(0);
    const QString penyusun = login(url, ServerStore::Role::Penyusun, {own.code});
    auto document = open(penyusun);
    CHECK(document->server()->role() == ServerStore::Role::Penyusun);
    const qint64 mine = indicatorOf(sample, 0);
    const qint64 theirs = indicatorOf(sample, 1);
    const qint64 rpjmd = indicatorOf(sample, -1);

    QSignalSpy refused(document.get(), &WorkspaceDocument::serverRefused);
    editText(*document, mine, QStringLiteral("Cakupan imunisasi dasar lengkap"));
    CHECK(refused.isEmpty());
    editText(*document, theirs, QStringLiteral("Diubah oleh OPD lain"));
    editText(*document, rpjmd, QStringLiteral("Diubah oleh penyusun"));
    REQUIRE(refused.size() == 2);
    CHECK(refused.first().first().toString().contains(QStringLiteral("penyusun")));
    CHECK(document->cascade().indicator(theirs)->text == sample.indicator(theirs)->text);

    // psql as the same login: the database itself says no.
    const auto psql = [&](const QString &sql) { return TestServer::psql(penyusun, sql); };
    CHECK(psql(QStringLiteral("UPDATE indicator SET text = 'psql' WHERE id = %1").arg(theirs))
              .exitCode
          == 0);
    CHECK(
        psql(QStringLiteral("UPDATE indicator SET text = 'psql' WHERE id = %1").arg(mine)).exitCode
        == 0);
    const TestServer::Psql insert = psql(
        QStringLiteral("INSERT INTO target (indicator_id, year, value) VALUES (%1, 2031, '1')")
            .arg(theirs));
    CHECK(insert.exitCode != 0);
    CHECK(insert.err.contains(QStringLiteral("row-level security")));
    const TestServer::Psql audit = psql(QStringLiteral("DELETE FROM audit_log"));
    CHECK(audit.exitCode != 0);
    const Result<Cascade> after = connect(url)->load();
    REQUIRE(after);
    CHECK(after->indicator(theirs)->text == sample.indicator(theirs)->text);
    CHECK(after->indicator(mine)->text == QStringLiteral("psql"));
    CHECK(after->indicator(rpjmd)->text == sample.indicator(rpjmd)->text);
}

TEST_CASE("A reviewer comments but cannot change targets", "[server]")
{
    const QString url = publishedSample();
    auto reviewer = open(login(url, ServerStore::Role::Reviewer));
    const qint64 id = indicatorOf(reviewer->cascade(), 0);
    QSignalSpy refused(reviewer.get(), &WorkspaceDocument::serverRefused);
    Indicator edited = *reviewer->cascade().indicator(id);
    edited.targets.insert(reviewer->cascade().periode().endYear,
                          TargetValue::parse(QStringLiteral("99")));
    reviewer->undoStack()->push(
        new EditIndicatorCommand(reviewer.get(), edited, QStringLiteral("target")));
    REQUIRE(refused.size() == 1);
    CHECK(reviewer->cascade().indicator(id)->targets
          == SampleWorkspace::load().indicator(id)->targets);

    const ReviewComment comment {reviewer->allocateId(),
                                 id,
                                 reviewer->server()->user(),
                                 QDateTime::currentDateTimeUtc(),
                                 QStringLiteral("Satuan perlu diperjelas."),
                                 false};
    reviewer->undoStack()->push(new AddCommentCommand(reviewer.get(), comment));
    CHECK(refused.size() == 1);
    const Result<Cascade> after = connect(url)->load();
    REQUIRE(after);
    REQUIRE(after->comment(comment.id));
    CHECK(after->comment(comment.id)->text == comment.text);
}

TEST_CASE("Every change on the server is in the history with user, time, old and new values",
          "[server]")
{
    const QString url = publishedSample();
    const QString admin = login(url, ServerStore::Role::Admin);
    auto document = open(admin);
    const qint64 id = indicatorOf(document->cascade(), 2);
    const QString before = document->cascade().indicator(id)->text;
    editText(*document, id, QStringLiteral("Indeks kepuasan masyarakat"));
    REQUIRE(
        TestServer::psql(
            admin, QStringLiteral("UPDATE indicator SET satuan = 'indeks' WHERE id = %1").arg(id))
            .exitCode
        == 0);
    const Result<QList<ServerStore::HistoryEntry>> history = document->server()->history(id);
    REQUIRE(history);
    QList<ServerStore::HistoryEntry> updates;
    for (const ServerStore::HistoryEntry &entry : *history) {
        if (entry.action == QLatin1String("UPDATE") && entry.table == QLatin1String("indicator"))
            updates.append(entry);
    }
    REQUIRE(updates.size() == 2);
    CHECK(updates[0].user == document->server()->user());
    CHECK(updates[0].fields == QStringList {QStringLiteral("text")});
    REQUIRE(updates[0].changes.size() == 1);
    CHECK(updates[0].changes[0].field == QStringLiteral("text"));
    CHECK(updates[0].changes[0].before == before);
    CHECK(updates[0].changes[0].after.contains(QStringLiteral("Indeks kepuasan masyarakat")));
    CHECK(updates[0].at.secsTo(QDateTime::currentDateTimeUtc()) < 60);
    CHECK(updates[1].fields == QStringList {QStringLiteral("satuan")});
    CHECK(history->first().action == QLatin1String("INSERT"));
}

TEST_CASE("A PK moves through the workflow as the roles allow, and a locked PK takes no edit",
          "[server]")
{
    const QString url = publishedSample();
    const Cascade sample = SampleWorkspace::load();
    const PkDocument *pk = nullptr;
    for (const PkDocument &candidate : sample.pks()) {
        if (candidate.opdId == sample.opds().at(0).id
            && !sample.childItems(candidate.id).isEmpty()) {
            pk = &candidate;
            break;
        }
    }
    REQUIRE(pk);
    const qint64 indicator = sample.indicatorsOf(sample.childItems(pk->id).first()).first();
    auto penyusun = connect(login(url, ServerStore::Role::Penyusun, {sample.opds().at(0).code}));
    auto otherPenyusun
        = connect(login(url, ServerStore::Role::Penyusun, {sample.opds().at(1).code}));
    auto reviewer = connect(login(url, ServerStore::Role::Reviewer));
    auto admin = connect(login(url, ServerStore::Role::Admin));
    const auto state = [&] { return admin->workflow(pk->id)->state; };
    CHECK(state() == QLatin1String("draft"));

    CHECK_FALSE(
        otherPenyusun->movePk(pk->id, QStringLiteral("draft"), QStringLiteral("diajukan"), {}));
    CHECK_FALSE(reviewer->movePk(pk->id, QStringLiteral("draft"), QStringLiteral("diajukan"), {}));
    REQUIRE(penyusun->movePk(pk->id,
                             QStringLiteral("draft"),
                             QStringLiteral("diajukan"),
                             QStringLiteral("Siap direviu")));
    // Submitted: the penyusun's own edits of the PK wait for the review.
    Cascade copy = *penyusun->load();
    Indicator edited = *copy.indicator(indicator);
    edited.text = QStringLiteral("diubah setelah diajukan");
    REQUIRE(copy.updateIndicator(edited));
    const Result<void> lateEdit = penyusun->write(copy, {indicator});
    REQUIRE_FALSE(lateEdit);
    CHECK(lateEdit.error().code == Error::Code::Denied);
    CHECK(lateEdit.error().message.contains(QStringLiteral("diajukan")));

    CHECK_FALSE(
        penyusun->movePk(pk->id, QStringLiteral("diajukan"), QStringLiteral("direviu"), {}));
    const Result<void> stale
        = reviewer->movePk(pk->id, QStringLiteral("draft"), QStringLiteral("diajukan"), {});
    REQUIRE_FALSE(stale);
    CHECK(stale.error().code == Error::Code::Conflict);
    REQUIRE(reviewer->movePk(
        pk->id, QStringLiteral("diajukan"), QStringLiteral("direviu"), QStringLiteral("Sesuai")));
    CHECK_FALSE(
        reviewer->movePk(pk->id, QStringLiteral("direviu"), QStringLiteral("disetujui"), {}));
    REQUIRE(admin->movePk(pk->id, QStringLiteral("direviu"), QStringLiteral("disetujui"), {}));
    REQUIRE(admin->movePk(pk->id,
                          QStringLiteral("disetujui"),
                          QStringLiteral("terkunci"),
                          QStringLiteral("Ditandatangani")));
    // Terkunci is the lock a signed PK has: in the PK's own lock history, which a file keeps.
    const Cascade terkunci = *connect(url)->load();
    REQUIRE(terkunci.pk(pk->id)->currentLock());
    CHECK(terkunci.pk(pk->id)->currentLock()->method == PkLockEvent::Method::Workflow);
    CHECK(terkunci.pk(pk->id)->currentLock()->author == admin->user());
    CHECK(terkunci.pk(pk->id)->currentLock()->note == QLatin1String("Ditandatangani"));
    CHECK(PkLockState::isLocked(terkunci, pk->id));
    CHECK(PkLockState::reason(terkunci, pk->id).contains(QStringLiteral("terkunci")));

    // Locked: not even an admin changes it, nor psql.
    Cascade adminCopy = *admin->load();
    REQUIRE(adminCopy.updateIndicator(edited));
    const Result<void> lockedEdit = admin->write(adminCopy, {indicator});
    REQUIRE_FALSE(lockedEdit);
    CHECK(lockedEdit.error().message.contains(QStringLiteral("terkunci")));
    CHECK(TestServer::psql(
              url, QStringLiteral("DELETE FROM target WHERE indicator_id = %1").arg(indicator))
              .exitCode
          != 0);

    CHECK_FALSE(reviewer->movePk(
        pk->id, QStringLiteral("terkunci"), QStringLiteral("draft"), QStringLiteral("Revisi")));
    CHECK_FALSE(admin->movePk(pk->id, QStringLiteral("terkunci"), QStringLiteral("draft"), {}));
    REQUIRE(admin->movePk(pk->id,
                          QStringLiteral("terkunci"),
                          QStringLiteral("draft"),
                          QStringLiteral("PK Perubahan: APBD-P")));
    REQUIRE(penyusun->write(copy, {indicator}));

    const Result<ServerStore::Workflow> flow = admin->workflow(pk->id);
    REQUIRE(flow);
    CHECK(flow->state == QLatin1String("draft"));
    REQUIRE(flow->steps.size() == 5);
    CHECK(flow->steps[0].user == penyusun->user());
    CHECK(flow->steps[0].note == QLatin1String("Siap direviu"));
    CHECK(flow->steps[4].from == QLatin1String("terkunci"));
    CHECK(flow->steps[4].note == QLatin1String("PK Perubahan: APBD-P"));
    const QList<PkLockEvent> history = connect(url)->load()->pk(pk->id)->lockHistory;
    REQUIRE(history.size() == 2);
    CHECK(history[1].action == PkLockEvent::Action::Unlock);
    CHECK(history[1].note == QLatin1String("PK Perubahan: APBD-P"));
}

TEST_CASE("A signed PK takes no edit on the server until an admin unlocks it, and only an admin "
          "locks",
          "[server]")
{
    const QString url = publishedSample();
    const Cascade sample = SampleWorkspace::load();
    const PkDocument *pk = nullptr;
    for (const PkDocument &candidate : sample.pks()) {
        if (candidate.opdId == sample.opds().at(0).id
            && !sample.childItems(candidate.id).isEmpty()) {
            pk = &candidate;
            break;
        }
    }
    REQUIRE(pk);
    const qint64 indicator = sample.indicatorsOf(sample.childItems(pk->id).first()).first();
    const QString penyusunUrl = login(url, ServerStore::Role::Penyusun, {sample.opds().at(0).code});
    auto penyusun = connect(penyusunUrl);
    auto admin = connect(login(url, ServerStore::Role::Admin));
    const PkLockEvent lock {PkLockEvent::Action::Lock,
                            PkLockEvent::Method::SignedPdf,
                            QDateTime(QDate(2026, 1, 2), QTime(9, 0), Qt::UTC),
                            QDate(2026, 1, 2),
                            QStringLiteral("pk-dinkes-2026.pdf"),
                            QStringLiteral("Bappeda")};

    // The penyusun of the PK's own OPD may not sign it off, not even through psql.
    Cascade byPenyusun = *penyusun->load();
    PkDocument locked = *byPenyusun.pk(pk->id);
    locked.lockHistory.append(lock);
    REQUIRE(byPenyusun.updatePk(locked));
    const Result<void> selfLocked = penyusun->write(byPenyusun, {pk->id});
    REQUIRE_FALSE(selfLocked);
    CHECK(selfLocked.error().code == Error::Code::Denied);
    CHECK(selfLocked.error().message.contains(QStringLiteral("admin")));
    CHECK(connect(url)->load()->pk(pk->id)->lockHistory.isEmpty());

    Cascade byAdmin = *admin->load();
    REQUIRE(byAdmin.updatePk(locked));
    REQUIRE(admin->write(byAdmin, {pk->id}));
    CHECK(connect(url)->load()->pk(pk->id)->lockHistory == QList<PkLockEvent> {lock});
    // One notion of a locked PK: signed, it is terkunci in the workflow too.
    CHECK(admin->workflow(pk->id)->state == QLatin1String("terkunci"));
    // A file with a signed PK publishes whole: the PK's content goes in before its lock.
    const QString other = TestServer::freshDatabase();
    REQUIRE(connect(other)->publish(byAdmin));
    CHECK(*connect(other)->load() == byAdmin);

    // Signed: not even an admin changes what it agreed to, nor psql as the owner.
    Indicator edited = *byAdmin.indicator(indicator);
    edited.text = QStringLiteral("diubah setelah ditandatangani");
    REQUIRE(byAdmin.updateIndicator(edited));
    const Result<void> lockedEdit = admin->write(byAdmin, {indicator});
    REQUIRE_FALSE(lockedEdit);
    CHECK(lockedEdit.error().message.contains(QStringLiteral("signed")));
    CHECK(TestServer::psql(
              url, QStringLiteral("DELETE FROM target WHERE indicator_id = %1").arg(indicator))
              .exitCode
          != 0);
    CHECK(TestServer::psql(penyusunUrl,
                           QStringLiteral("DELETE FROM pk_lock_event WHERE pk_id = %1").arg(pk->id))
              .exitCode
          != 0);

    // What was reached is reported after signing: the penyusun still writes the signed PK's
    // realisasi with its analisis and realisasi anggaran, and the server keeps them.
    Cascade reporting = *penyusun->load();
    Realisasi realisasi = reporting.indicator(indicator)->realisasi;
    RealisasiTriwulan tw1 = realisasi.triwulan(1);
    tw1.realisasi = TargetValue::parse(u"61,5");
    tw1.kendala = QStringLiteral("Data puskesmas terlambat");
    realisasi.setTriwulan(1, tw1);
    realisasi.setAnalisis({QStringLiteral("Kader posyandu aktif"),
                           QStringLiteral("Data puskesmas terlambat"),
                           QStringLiteral("Laporan bulanan lewat aplikasi")});
    REQUIRE(reporting.setRealisasi(indicator, realisasi));
    PkDocument spending = *reporting.pk(pk->id);
    REQUIRE_FALSE(spending.programs.isEmpty());
    std::array<std::optional<Decimal>, 4> spent = spending.programs.first().realisasiAnggaran;
    spent[0] = Decimal::fromInt(250000000);
    REQUIRE(reporting.setRealisasiAnggaran(spending.programs.first().id, spent));
    REQUIRE(penyusun->write(reporting, {indicator, pk->id}));
    const Cascade reported = *connect(url)->load();
    CHECK(reported.indicator(indicator)->realisasi == realisasi);
    CHECK(reported.pk(pk->id)->programs.first().realisasiAnggaran == spent);
    CHECK(reported.pk(pk->id)->lockHistory == QList<PkLockEvent> {lock});

    // Unlocked by an admin, with a reason: the penyusun edits it again, sending its history back
    // as it is.
    Cascade unlocking = *admin->load();
    PkDocument unlocked = *unlocking.pk(pk->id);
    unlocked.lockHistory.append(PkLockEvent {PkLockEvent::Action::Unlock,
                                             PkLockEvent::Method::SignedPdf,
                                             QDateTime(QDate(2026, 1, 5), QTime(10, 0), Qt::UTC),
                                             {},
                                             QStringLiteral("Salah ketik target"),
                                             QStringLiteral("Bappeda")});
    REQUIRE(unlocking.updatePk(unlocked));
    REQUIRE(admin->write(unlocking, {pk->id}));
    const Result<ServerStore::Workflow> reopened = admin->workflow(pk->id);
    CHECK(reopened->state == QLatin1String("draft"));
    CHECK(reopened->steps.last().note == QLatin1String("Salah ketik target"));
    Cascade again = *penyusun->load();
    PkDocument renamed = *again.pk(pk->id);
    renamed.place = QStringLiteral("Lubuk Pakam, Deli Serdang");
    REQUIRE(again.updatePk(renamed));
    REQUIRE(penyusun->write(again, {pk->id}));
    REQUIRE(again.updateIndicator(edited));
    REQUIRE(penyusun->write(again, {indicator}));
    const Result<Cascade> onServer = connect(url)->load();
    REQUIRE(onServer);
    CHECK(onServer->pk(pk->id)->lockHistory == unlocked.lockHistory);
    CHECK(onServer->pk(pk->id)->place == renamed.place);
    CHECK(onServer->indicator(indicator)->text == edited.text);
}

TEST_CASE("The server has every table of the file with the file's columns, and its own beside them",
          "[server]")
{
    const QString url = TestServer::freshDatabase();
    for (const SchemaTable &table : WorkspaceTables::all()) {
        INFO(table.name.toStdString());
        const TestServer::Psql columns = TestServer::psql(
            url,
            QStringLiteral("SELECT string_agg(column_name, ',' ORDER BY ordinal_position) FROM "
                           "information_schema.columns WHERE table_name = '%1'")
                .arg(table.name));
        REQUIRE(columns.exitCode == 0);
        QStringList expected;
        for (const SchemaColumn &column : table.columnsIn(SqlDialect::Postgres))
            expected.append(column.name);
        CHECK(columns.out
              == (table.existsIn(SqlDialect::Postgres) ? expected.join(QLatin1Char(','))
                                                       : QString()));
        if (table.isObject)
            CHECK(expected.contains(QStringLiteral("version")));
        QStringList inFile;
        for (const SchemaColumn &column : table.columnsIn(SqlDialect::Sqlite))
            inFile.append(column.name);
        for (const QString &column : std::as_const(inFile)) {
            if (table.existsIn(SqlDialect::Postgres))
                CHECK(expected.contains(column));
        }
    }
    // Row-level security is on for every workspace table, so no grant alone lets anyone write.
    const TestServer::Psql unguarded = TestServer::psql(
        url,
        QStringLiteral("SELECT count(*) FROM pg_class WHERE relname IN ('pemda', 'opd', 'pk', "
                       "'plan_item', 'indicator', 'target', 'pagu', 'pk_program', "
                       "'review_comment') AND NOT relrowsecurity"));
    CHECK(unguarded.out == QStringLiteral("0"));
}

TEST_CASE("A server of layout 1 is brought up to date by init, its terkunci PKs locked and the "
          "analisis table added",
          "[server]")
{
    const QString url = publishedSample();
    const Cascade sample = SampleWorkspace::load();
    const qint64 terkunci = sample.pks().at(0).id;
    const qint64 draft = sample.pks().at(1).id;
    // What layout 1 had that layout 2 changes: no lock for terkunci, no workflow following locks;
    // and no analisis table, which layout 3 adds.
    const TestServer::Psql downgraded = TestServer::psql(
        url,
        QStringLiteral("DROP TABLE realisasi_analisis; "
                       "DROP FUNCTION tepat_scope_realisasi_analisis(); "
                       "DROP FUNCTION tepat_touch_realisasi_analisis(); "
                       "DROP TRIGGER tepat_7_workflow ON pk_lock_event; "
                       "ALTER TABLE pk_lock_event DROP CONSTRAINT pk_lock_event_method_check; "
                       "ALTER TABLE pk_lock_event ADD CONSTRAINT pk_lock_event_method_check "
                       "CHECK (method IN ('signed-pdf', 'paper')); "
                       "UPDATE pk_workflow SET state = 'terkunci' WHERE pk_id = %1; "
                       "UPDATE tepat_server SET schema_version = 1")
            .arg(terkunci));
    INFO(downgraded.err.toStdString());
    REQUIRE(downgraded.exitCode == 0);

    const Result<std::unique_ptr<ServerStore>> old = WorkspaceSource::connect(url);
    REQUIRE_FALSE(old);
    CHECK(old.error().message.contains(QStringLiteral("server init")));

    const Result<WorkspaceSource::Setup> setup = WorkspaceSource::initServer(url);
    REQUIRE(setup);
    CHECK(setup->before == 1);
    CHECK(TestServer::psql(url, QStringLiteral("SELECT schema_version FROM tepat_server"))
              .out.trimmed()
          == QString::number(ServerSchema::version));
    auto admin = connect(login(url, ServerStore::Role::Admin));
    const Cascade upgraded = *admin->load();
    REQUIRE(upgraded.pk(terkunci)->currentLock());
    CHECK(upgraded.pk(terkunci)->currentLock()->method == PkLockEvent::Method::Workflow);
    CHECK_FALSE(upgraded.pk(draft)->currentLock());
    CHECK(TestServer::psql(url,
                           QStringLiteral("SELECT relrowsecurity FROM pg_class WHERE relname = "
                                          "'realisasi_analisis'"))
              .out.trimmed()
          == QStringLiteral("t"));

    // The workflow follows the lock history again: a revisi unlocks.
    REQUIRE(admin->movePk(
        terkunci, QStringLiteral("terkunci"), QStringLiteral("draft"), QStringLiteral("Revisi")));
    CHECK_FALSE(connect(url)->load()->pk(terkunci)->isLocked());
}
