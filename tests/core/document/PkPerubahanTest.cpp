#include "document/WorkspaceDocument.h"
#include "document/WorkspaceEdits.h"
#include "document/commands/AddIndicatorCommand.h"
#include "document/commands/CreatePerubahanCommand.h"
#include "document/commands/EditIndicatorCommand.h"
#include "document/commands/EditPkCommand.h"
#include "document/commands/EditRealisasiCommand.h"
#include "document/commands/PkLockCommand.h"
#include "document/commands/RemoveIndicatorCommand.h"
#include "measure/CapaianEngine.h"
#include "measure/TargetInForce.h"
#include "model/PkDiff.h"
#include "model/PkLockState.h"
#include "model/PkVersions.h"
#include "store/CascadeJson.h"
#include "store/WorkspaceFile.h"
#include "support/DocumentEdits.h"
#include "support/QtStringMakers.h"
#include "support/UiTestSupport.h"
#include "values/IndonesianNumber.h"

#include <QTemporaryDir>
#include <QUndoStack>

#include <algorithm>
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

    bool applied(QUndoCommand *command)
    {
        const int before = document->undoStack()->count();
        document->undoStack()->push(command);
        return document->undoStack()->count() > before;
    }

    void signOnPaper(qint64 pkId) { REQUIRE(DocumentEdits::signOnPaper(*document, pkId)); }

    qint64 perubahan(qint64 pkId, QDate berlaku = QDate(2026, 7, 1))
    {
        const Result<qint64> id = DocumentEdits::perubahan(*document, pkId, berlaku);
        INFO((id ? QString() : id.error().message).toStdString());
        REQUIRE(id);
        return *id;
    }

    // The indicator of the perubahan copied from an indicator of the earlier version.
    qint64 copyOf(qint64 pkId, qint64 earlier) const
    {
        for (qint64 sasaran : cascade().childItems(pkId)) {
            for (qint64 id : cascade().indicatorsOf(sasaran)) {
                if (cascade().indicator(id)->previousVersionId == earlier)
                    return id;
            }
        }
        return 0;
    }

    void setTarget(qint64 indicatorId, QStringView value)
    {
        Indicator changed = *cascade().indicator(indicatorId);
        changed.targets.insert(2026, TargetValue::parse(value));
        REQUIRE(
            applied(new EditIndicatorCommand(document.get(), changed, QStringLiteral("target"))));
    }
};

bool hasRule(const QList<Finding> &findings, qint64 objectId, const QString &rule)
{
    return std::any_of(findings.cbegin(), findings.cend(), [&](const Finding &finding) {
        return finding.objectId == objectId && finding.ruleId == rule;
    });
}

} // namespace

TEST_CASE("A PK Perubahan copies the signed PK; the earlier version stays, locked", "[Perubahan]")
{
    Fixture f;
    f.signOnPaper(f.pick.pkId);
    const PkDocument awal = *f.cascade().pk(f.pick.pkId);
    const qint64 id = f.perubahan(f.pick.pkId);

    const PkDocument &perubahan = *f.cascade().pk(id);
    CHECK(perubahan.kind == PkDocument::Kind::Perubahan);
    CHECK(perubahan.previousVersionId == awal.id);
    CHECK(perubahan.alasan == PkDocument::Alasan::PerubahanStrategi);
    CHECK(perubahan.dasar == QStringLiteral("Perda APBD-Perubahan 2026"));
    CHECK(perubahan.changeDate == QDate(2026, 7, 1));
    CHECK(perubahan.lockHistory.isEmpty());
    CHECK(perubahan.programs.size() == awal.programs.size());
    CHECK(perubahan.programs.first().previousVersionId == awal.programs.first().id);
    CHECK(f.cascade().childItems(id).size() == f.cascade().childItems(awal.id).size());
    const qint64 copy = f.copyOf(id, f.pick.first);
    REQUIRE(copy != 0);
    CHECK(f.cascade().indicator(copy)->text == f.cascade().indicator(f.pick.first)->text);
    CHECK(*f.cascade().pk(awal.id) == awal);

    CHECK(PkVersions::chain(f.cascade(), id) == QList<qint64> {awal.id, id});
    CHECK(PkVersions::name(f.cascade(), id) == QStringLiteral("PK Perubahan 1"));
    CHECK(PkLockState::isLocked(f.cascade(), awal.id));
    CHECK(PkLockState::reason(f.cascade(), awal.id).contains(QStringLiteral("PK Perubahan 1")));
    CHECK_FALSE(PkLockState::isLocked(f.cascade(), id));

    // The earlier version refuses edits and cannot be unlocked; the new one takes them.
    Indicator old = *f.cascade().indicator(f.pick.first);
    old.text = QStringLiteral("diubah");
    CHECK_FALSE(f.applied(new EditIndicatorCommand(f.document.get(), old, QStringLiteral("text"))));
    PkLockEvent unlock;
    unlock.action = PkLockEvent::Action::Unlock;
    unlock.note = QStringLiteral("coba");
    CHECK_FALSE(PkLockCommand::create(f.document.get(), awal.id, unlock));
    f.setTarget(copy, u"95");

    // One undo step: the perubahan goes, and the earlier version is only signed again.
    f.document->undoStack()->undo();
    f.document->undoStack()->undo();
    CHECK_FALSE(f.cascade().pk(id));
    CHECK(PkVersions::successor(f.cascade(), awal.id) == 0);
}

TEST_CASE("A PK Perubahan needs its alasan, a day of its year, and the newest version",
          "[Perubahan]")
{
    Fixture f;
    CreatePerubahanCommand::Request request;
    request.pkId = f.pick.pkId;
    request.berlaku = QDate(2026, 7, 1);
    const auto noAlasan = CreatePerubahanCommand::create(f.document.get(), request);
    REQUIRE_FALSE(noAlasan);
    CHECK(noAlasan.error().message.contains(QStringLiteral("alasan")));
    request.alasan = PkDocument::Alasan::PergantianPejabat;
    request.berlaku = QDate(2027, 1, 1);
    const auto wrongYear = CreatePerubahanCommand::create(f.document.get(), request);
    REQUIRE_FALSE(wrongYear);
    CHECK(wrongYear.error().message.contains(QStringLiteral("2026")));

    const qint64 first = f.perubahan(f.pick.pkId);
    request.berlaku = QDate(2026, 9, 1);
    const auto fromOld = CreatePerubahanCommand::create(f.document.get(), request);
    REQUIRE_FALSE(fromOld);
    CHECK(fromOld.error().message.contains(QStringLiteral("PK Perubahan 1")));
    request.pkId = first;
    request.berlaku = QDate(2026, 6, 1);
    CHECK_FALSE(CreatePerubahanCommand::create(f.document.get(), request)); // before the first
    const qint64 second = f.perubahan(first, QDate(2026, 10, 1));
    CHECK(PkVersions::number(f.cascade(), second) == 2);
}

TEST_CASE("The diff of two versions shows added, removed and changed rows with their deltas",
          "[Perubahan]")
{
    Fixture f;
    f.signOnPaper(f.pick.pkId);
    const qint64 id = f.perubahan(f.pick.pkId);
    const qint64 changed = f.copyOf(id, f.pick.first);
    const qint64 removed = f.copyOf(id, f.pick.second);
    const TargetValue before = f.cascade().indicator(f.pick.first)->target(2026);
    REQUIRE(before.kind() == TargetValue::Kind::Number);
    f.setTarget(changed, (IndonesianNumber::format(before.number() + Decimal::fromInt(5))));
    REQUIRE(f.applied(new RemoveIndicatorCommand(f.document.get(), removed)));
    Indicator added;
    added.id = f.document->allocateId();
    added.ownerId = f.cascade().indicator(changed)->ownerId;
    added.text = QStringLiteral("Persentase puskesmas terakreditasi paripurna");
    added.satuan = QStringLiteral("%");
    added.targets.insert(2026, TargetValue::parse(u"40"));
    REQUIRE(f.applied(new AddIndicatorCommand(f.document.get(), added, -1)));
    PkDocument budget = *f.cascade().pk(id);
    const Decimal oldAnggaran = budget.programs.first().anggaran;
    budget.programs.first().anggaran = oldAnggaran - Decimal::fromInt(1'000'000);
    REQUIRE(f.applied(new EditPkCommand(f.document.get(), budget, QStringLiteral("anggaran"))));

    const PkDiff diff = PkDiff::compare(f.cascade(), f.pick.pkId, id);
    CHECK(diff.hasChanges());
    int addedRows = 0, removedRows = 0, changedRows = 0;
    for (const PkDiff::IndicatorRow &row : diff.indicators) {
        addedRows += row.change == PkDiff::Change::Added;
        removedRows += row.change == PkDiff::Change::Removed;
        if (row.change == PkDiff::Change::Changed) {
            ++changedRows;
            CHECK(row.beforeId == f.pick.first);
            CHECK(row.changed == QStringList {QStringLiteral("target")});
            REQUIRE(row.targetDelta);
            CHECK(*row.targetDelta == Decimal::fromInt(5));
        }
    }
    CHECK(addedRows == 1);
    CHECK(removedRows == 1);
    CHECK(changedRows == 1);
    CHECK(diff.programs.first().change == PkDiff::Change::Changed);
    CHECK(diff.programs.first().anggaranDelta == Decimal::fromInt(-1'000'000));
    CHECK(diff.totalAfter - diff.totalBefore == Decimal::fromInt(-1'000'000));
}

TEST_CASE("Each quarter is measured against the version in force when it closes", "[Perubahan]")
{
    Fixture f;
    const qint64 awal = f.pick.pkId;
    const qint64 july = f.perubahan(awal, QDate(2026, 7, 1));
    for (int quarter : {1, 2})
        CHECK(PkVersions::inForceInTriwulan(f.cascade(), july, quarter) == awal);
    for (int quarter : {3, 4})
        CHECK(PkVersions::inForceInTriwulan(f.cascade(), awal, quarter) == july);
    const qint64 november = f.perubahan(july, QDate(2026, 11, 15));
    CHECK(PkVersions::inForceInTriwulan(f.cascade(), awal, 3) == july);
    CHECK(PkVersions::inForceInTriwulan(f.cascade(), awal, 4) == november);
    CHECK(PkVersions::inForceOn(f.cascade(), november, QDate(2026, 11, 14)) == july);
    CHECK(PkVersions::inForceInTriwulan(f.cascade(), awal, 5) == 0);
}

TEST_CASE("Realisasi after the tanggal berlaku is measured against the perubahan's target",
          "[Perubahan][Capaian]")
{
    Fixture f;
    f.signOnPaper(f.pick.pkId);
    const qint64 july = f.perubahan(f.pick.pkId, QDate(2026, 7, 1));
    const qint64 copy = f.copyOf(july, f.pick.first);
    REQUIRE(copy != 0);
    const TargetValue awalTarget = f.cascade().indicator(f.pick.first)->target(2026);
    const TargetValue changed = TargetValue::parse(u"4.321");
    REQUIRE(awalTarget != changed);
    f.setTarget(copy, u"4.321");

    // Whichever version's indicator is asked: TW II closes under the awal, TW III under the
    // perubahan.
    for (qint64 asked : {f.pick.first, copy}) {
        const Indicator &indicator = *f.cascade().indicator(asked);
        CHECK(TargetInForce::of(f.cascade(), indicator, 2).annual == awalTarget);
        CHECK(TargetInForce::of(f.cascade(), indicator, 3).annual == changed);
    }

    // The engine measures the perubahan's realisasi of TW III against it.
    Realisasi realisasi;
    RealisasiTriwulan tw3;
    tw3.realisasi = TargetValue::parse(u"4.321");
    realisasi.setTriwulan(3, tw3);
    REQUIRE(f.applied(new EditRealisasiCommand(
        f.document.get(), copy, realisasi, QStringLiteral("tw3.realisasi"))));
    const CapaianEngine engine(f.cascade().measureSettings());
    const QList<Capaian> measured = engine.measurePk(f.cascade(), july, 3);
    const auto ofCopy = std::find_if(measured.cbegin(), measured.cend(), [&](const Capaian &c) {
        return c.indicatorId == copy;
    });
    REQUIRE(ofCopy != measured.cend());
    CHECK(ofCopy->target == changed);
    CHECK(engine.measure(f.cascade(), *f.cascade().indicator(copy), 3).target == changed);

    // The year's capaian counts the indicator once, in the newest version.
    const QList<Capaian> year = engine.measureYear(f.cascade(), 2026, 3);
    const auto counted = [&](qint64 id) {
        return std::count_if(
            year.cbegin(), year.cend(), [&](const Capaian &c) { return c.indicatorId == id; });
    };
    CHECK(counted(copy) == 1);
    CHECK(counted(f.pick.first) == 0);
}

TEST_CASE("Results are checked on the newest version of a PK, not on the one it changes",
          "[Perubahan][rules]")
{
    Fixture f;
    MeasureSettings settings = f.cascade().measureSettings();
    settings.reportingYear = 2026;
    settings.closedQuarter = 4;
    REQUIRE(f.document->edits().editMeasureSettings(settings));
    Realisasi empty;
    RealisasiTriwulan noted;
    noted.kendala = QStringLiteral("belum dilaporkan");
    empty.setTriwulan(1, noted);
    REQUIRE(f.applied(new EditRealisasiCommand(
        f.document.get(), f.pick.first, empty, QStringLiteral("tw1.kendala"))));
    const QString missing = QStringLiteral("realisasi-missing");
    REQUIRE(hasRule(f.document->findings(), f.pick.first, missing));

    const qint64 july = f.perubahan(f.pick.pkId);
    const qint64 copy = f.copyOf(july, f.pick.first);
    CHECK_FALSE(hasRule(f.document->findings(), f.pick.first, missing));
    CHECK(hasRule(f.document->findings(), copy, missing));

    f.document->undoStack()->undo();
    CHECK(hasRule(f.document->findings(), f.pick.first, missing));
}

TEST_CASE("The checker flags a perubahan without alasan and one of a PK never signed",
          "[Perubahan][rules]")
{
    Fixture f;
    const qint64 id = f.perubahan(f.pick.pkId);
    CHECK(hasRule(f.document->findings(), id, QStringLiteral("pk-perubahan-unsigned")));
    CHECK_FALSE(hasRule(f.document->findings(), id, QStringLiteral("pk-perubahan-alasan")));

    PkDocument withoutAlasan = *f.cascade().pk(id);
    withoutAlasan.alasan = PkDocument::Alasan::NotGiven;
    REQUIRE(
        f.applied(new EditPkCommand(f.document.get(), withoutAlasan, QStringLiteral("alasan"))));
    CHECK(hasRule(f.document->findings(), id, QStringLiteral("pk-perubahan-alasan")));

    // Recording the paper signature of the earlier version clears the other finding at once.
    f.signOnPaper(f.pick.pkId);
    CHECK_FALSE(hasRule(f.document->findings(), id, QStringLiteral("pk-perubahan-unsigned")));
}

TEST_CASE("Versions survive save, reopen and the JSON round trip", "[Perubahan]")
{
    Fixture f;
    f.signOnPaper(f.pick.pkId);
    const qint64 id = f.perubahan(f.pick.pkId);
    f.setTarget(f.copyOf(id, f.pick.first), u"77");
    REQUIRE(f.document->save());
    const Result<Cascade> reopened = WorkspaceFile::load(f.document->path());
    REQUIRE(reopened);
    CHECK(*reopened == f.cascade());
    CHECK(PkVersions::chain(*reopened, id) == QList<qint64> {f.pick.pkId, id});
    const Result<Cascade> json
        = CascadeJson::read(CascadeJson::write(*reopened), QStringLiteral("versions.json"));
    INFO((json ? QString() : json.error().message).toStdString());
    REQUIRE(json);
    CHECK(*json == *reopened);
    CHECK(PkDiff::compare(*json, f.pick.pkId, id).hasChanges());
}
