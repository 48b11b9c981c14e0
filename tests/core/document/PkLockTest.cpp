#include "document/WorkspaceDocument.h"
#include "document/WorkspaceEdits.h"
#include "document/commands/AddIndicatorCommand.h"
#include "document/commands/EditIndicatorCommand.h"
#include "document/commands/EditItemCommand.h"
#include "document/commands/EditPkCommand.h"
#include "document/commands/EditRealisasiCommand.h"
#include "document/commands/MoveIndicatorCommand.h"
#include "document/commands/PkLockCommand.h"
#include "document/commands/RemoveIndicatorCommand.h"
#include "document/commands/RemoveOpdCommand.h"
#include "document/commands/RemovePkCommand.h"
#include "model/PkLockState.h"
#include "store/CascadeJson.h"
#include "store/WorkspaceFile.h"
#include "support/DocumentEdits.h"
#include "support/QtStringMakers.h"
#include "support/UiTestSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<WorkspaceDocument> document;
    UiTestSupport::PkPick pick;

    Fixture()
    {
        Result<std::unique_ptr<WorkspaceDocument>> opened
            = WorkspaceDocument::open(UiTestSupport::copySample(dir));
        REQUIRE(opened);
        document = std::move(*opened);
        pick = UiTestSupport::pickPk(document->cascade());
        REQUIRE(pick.pkId != 0);
    }

    const Cascade &cascade() const { return document->cascade(); }

    void lock(qint64 pkId, QDate signedOn = QDate(2026, 1, 2))
    {
        REQUIRE(DocumentEdits::signOnPaper(*document, pkId, signedOn));
    }

    // Pushes the command; true when it stayed on the stack, i.e. was applied.
    bool applied(QUndoCommand *command)
    {
        const int before = document->undoStack()->count();
        document->undoStack()->push(command);
        return document->undoStack()->count() > before;
    }
};

} // namespace

TEST_CASE("A PK marked as signed refuses every edit of what it agreed to, with the reason",
          "[PkLock]")
{
    Fixture f;
    f.lock(f.pick.pkId);
    REQUIRE(PkLockState::isLocked(f.cascade(), f.pick.pkId));
    const Cascade before = f.cascade();
    QSignalSpy refused(f.document.get(), &WorkspaceDocument::editRefused);

    Indicator target = *f.cascade().indicator(f.pick.first);
    target.targets.insert(2026, TargetValue::parse(u"99"));
    CHECK_FALSE(
        f.applied(new EditIndicatorCommand(f.document.get(), target, QStringLiteral("target"))));
    Indicator text = *f.cascade().indicator(f.pick.first);
    text.text = QStringLiteral("Indikator lain");
    CHECK_FALSE(
        f.applied(new EditIndicatorCommand(f.document.get(), text, QStringLiteral("text"))));

    PkDocument anggaran = *f.cascade().pk(f.pick.pkId);
    REQUIRE_FALSE(anggaran.programs.isEmpty());
    anggaran.programs.first().anggaran = Decimal::fromInt(1);
    CHECK_FALSE(
        f.applied(new EditPkCommand(f.document.get(), anggaran, QStringLiteral("anggaran"))));
    PkDocument pihak = *f.cascade().pk(f.pick.pkId);
    pihak.pihakPertama.name = QStringLiteral("Orang lain");
    CHECK_FALSE(f.applied(new EditPkCommand(f.document.get(), pihak, QStringLiteral("name"))));

    const qint64 sasaranId = f.cascade().childItems(f.pick.pkId).first();
    PlanItem sasaran = *f.cascade().item(sasaranId);
    sasaran.name = QStringLiteral("Sasaran lain");
    CHECK_FALSE(f.applied(new EditItemCommand(f.document.get(), sasaran, QStringLiteral("name"))));

    Indicator added;
    added.id = f.document->allocateId();
    added.ownerId = sasaranId;
    added.text = QStringLiteral("Indikator tambahan");
    CHECK_FALSE(f.applied(new AddIndicatorCommand(f.document.get(), added, -1)));
    CHECK_FALSE(f.applied(new RemoveIndicatorCommand(f.document.get(), f.pick.first)));
    CHECK_FALSE(f.applied(new MoveIndicatorCommand(f.document.get(), f.pick.first, 1)));
    CHECK_FALSE(f.applied(new RemovePkCommand(f.document.get(), f.pick.pkId)));
    CHECK_FALSE(
        f.applied(new RemoveOpdCommand(f.document.get(), f.cascade().pk(f.pick.pkId)->opdId)));
    CHECK_FALSE(f.document->insertObjects({}, {added}));

    CHECK(f.cascade() == before);
    REQUIRE(refused.size() >= 10);
    const QString message = refused.first().first().toString();
    CHECK(message.contains(QStringLiteral("signed on paper on 2 Januari 2026")));
    CHECK(message.contains(QStringLiteral("PK Perubahan")));
}

TEST_CASE("A signed PK still takes what does not change the agreement", "[PkLock]")
{
    Fixture f;
    f.lock(f.pick.pkId);
    Indicator link = *f.cascade().indicator(f.pick.first);
    link.servesId = 0;
    CHECK(f.applied(new EditIndicatorCommand(f.document.get(), link, QStringLiteral("serves"))));
    PkDocument parent = *f.cascade().pk(f.pick.pkId);
    parent.parentPkId = 0;
    CHECK(f.applied(new EditPkCommand(f.document.get(), parent, QStringLiteral("parent"))));
}

TEST_CASE(
    "A signed PK still takes its realisasi with its analisis and realisasi anggaran, which it "
    "did not agree to",
    "[PkLock][Realisasi]")
{
    Fixture f;
    f.lock(f.pick.pkId);
    const PkDocument signedPk = *f.cascade().pk(f.pick.pkId);
    REQUIRE_FALSE(signedPk.programs.isEmpty());

    Realisasi realisasi = f.cascade().indicator(f.pick.first)->realisasi;
    RealisasiTriwulan tw4 = realisasi.triwulan(4);
    tw4.realisasi = TargetValue::parse(u"42");
    tw4.kendala = QStringLiteral("Musim hujan panjang");
    realisasi.setTriwulan(4, tw4);
    realisasi.setAnalisis({{}, QStringLiteral("Musim hujan panjang"), {}});
    CHECK(f.applied(new EditRealisasiCommand(
        f.document.get(), f.pick.first, realisasi, QStringLiteral("tw4.realisasi"))));
    CHECK(f.cascade().indicator(f.pick.first)->realisasi == realisasi);

    std::array<std::optional<Decimal>, 4> spent = signedPk.programs.first().realisasiAnggaran;
    spent[3] = Decimal::fromInt(125000000);
    CHECK(f.document->edits().editRealisasiAnggaran(
        signedPk.programs.first().id, spent, QStringLiteral("tw4")));
    CHECK(f.cascade().pk(f.pick.pkId)->programs.first().realisasiAnggaran == spent);

    // The agreement itself is untouched and still locked.
    CHECK(PkLockState::isLocked(f.cascade(), f.pick.pkId));
    CHECK(PkLockState::sameAgreement(*f.cascade().pk(f.pick.pkId), signedPk));
}

TEST_CASE("Unlocking needs a reason, is kept in the history and opens the PK again", "[PkLock]")
{
    Fixture f;
    f.lock(f.pick.pkId);
    PkLockEvent unlock;
    unlock.action = PkLockEvent::Action::Unlock;
    unlock.at = QDateTime::currentDateTimeUtc();
    const auto withoutReason = PkLockCommand::create(f.document.get(), f.pick.pkId, unlock);
    REQUIRE_FALSE(withoutReason);
    CHECK(withoutReason.error().message.contains(QStringLiteral("needs a reason")));

    unlock.note = QStringLiteral("Salah ketik target, ditandatangani ulang");
    auto command = PkLockCommand::create(f.document.get(), f.pick.pkId, unlock);
    REQUIRE(command);
    CHECK(f.applied(command->release()));
    const PkDocument &pk = *f.cascade().pk(f.pick.pkId);
    REQUIRE(pk.lockHistory.size() == 2);
    CHECK(pk.lockHistory.last().note == unlock.note);
    CHECK_FALSE(pk.isLocked());

    Indicator target = *f.cascade().indicator(f.pick.first);
    target.targets.insert(2026, TargetValue::parse(u"99"));
    CHECK(f.applied(new EditIndicatorCommand(f.document.get(), target, QStringLiteral("target"))));

    // Undo of the edit, then of the unlock: locked again, with the first entry only.
    f.document->undoStack()->undo();
    f.document->undoStack()->undo();
    CHECK(f.cascade().pk(f.pick.pkId)->isLocked());
    CHECK(f.cascade().pk(f.pick.pkId)->lockHistory.size() == 1);
    const auto again = PkLockCommand::create(f.document.get(), f.pick.pkId, PkLockEvent {});
    CHECK_FALSE(again); // signed already, and without a day
}

TEST_CASE("The lock history survives save, reopen and the JSON round trip", "[PkLock]")
{
    Fixture f;
    f.lock(f.pick.pkId, QDate(2026, 1, 30));
    PkLockEvent unlock;
    unlock.action = PkLockEvent::Action::Unlock;
    unlock.at = QDateTime(QDate(2026, 2, 3), QTime(8, 0), Qt::UTC);
    unlock.note = QStringLiteral("Nama pihak kedua salah");
    unlock.author = QStringLiteral("bappeda");
    auto command = PkLockCommand::create(f.document.get(), f.pick.pkId, unlock);
    REQUIRE(command);
    REQUIRE(f.applied(command->release()));
    REQUIRE(f.document->save());

    const Result<Cascade> reopened = WorkspaceFile::load(f.document->path());
    REQUIRE(reopened);
    CHECK(*reopened == f.cascade());
    const PkDocument &pk = *reopened->pk(f.pick.pkId);
    REQUIRE(pk.lockHistory.size() == 2);
    CHECK(pk.lockHistory.first().signedOn == QDate(2026, 1, 30));
    CHECK(pk.lockHistory.first().method == PkLockEvent::Method::Paper);
    CHECK(pk.lockHistory.last().at == unlock.at);

    const Result<Cascade> json
        = CascadeJson::read(CascadeJson::write(*reopened), QStringLiteral("round-trip.json"));
    REQUIRE(json);
    CHECK(*json == *reopened);
}
