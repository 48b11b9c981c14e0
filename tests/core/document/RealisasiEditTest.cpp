#include "check/Checker.h"
#include "document/WorkspaceDocument.h"
#include "document/WorkspaceEdits.h"
#include "document/commands/DuplicatePkCommand.h"
#include "document/commands/EditMeasureSettingsCommand.h"
#include "document/commands/EditRealisasiAnggaranCommand.h"
#include "document/commands/EditRealisasiCommand.h"
#include "store/WorkspaceFile.h"
#include "support/QtStringMakers.h"
#include "support/UiTestSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

std::unique_ptr<WorkspaceDocument> openCopy(const QTemporaryDir &dir)
{
    Result<std::unique_ptr<WorkspaceDocument>> document
        = WorkspaceDocument::open(UiTestSupport::copySample(dir));
    REQUIRE(document);
    return std::move(*document);
}

Realisasi withQuarter(Realisasi realisasi, int quarter, const QString &value)
{
    RealisasiTriwulan triwulan = realisasi.triwulan(quarter);
    triwulan.realisasi = TargetValue::parse(value);
    realisasi.setTriwulan(quarter, triwulan);
    return realisasi;
}

bool hasRule(const QList<Finding> &findings, const QString &ruleId)
{
    return std::any_of(findings.cbegin(), findings.cend(), [&](const Finding &finding) {
        return finding.ruleId == ruleId;
    });
}

} // namespace

TEST_CASE("A realisasi edit is one undo step, re-checked at once and undone exactly",
          "[WorkspaceDocument][realisasi]")
{
    QTemporaryDir dir;
    auto document = openCopy(dir);
    const UiTestSupport::PkPick pick = UiTestSupport::pickPk(document->cascade());
    const Indicator before = *document->cascade().indicator(pick.first);
    QSignalSpy changed(document.get(), &WorkspaceDocument::objectChanged);

    const Realisasi after = withQuarter(before.realisasi, 1, QStringLiteral("4.500"));
    document->undoStack()->push(
        new EditRealisasiCommand(document.get(), pick.first, after, QStringLiteral("tw1")));
    CHECK(document->cascade().indicator(pick.first)->realisasi == after);
    CHECK(document->undoStack()->count() == 1);
    CHECK(changed.count() == 1);
    CHECK(changed.first().first().toLongLong() == pick.first);
    // The rest of the indicator, which the PK fixes, is untouched.
    Indicator expected = before;
    expected.realisasi = after;
    CHECK(*document->cascade().indicator(pick.first) == expected);

    document->undoStack()->undo();
    CHECK(*document->cascade().indicator(pick.first) == before);
}

TEST_CASE("Typing into one realisasi cell merges into one step; another cell is another",
          "[WorkspaceDocument][realisasi]")
{
    QTemporaryDir dir;
    auto document = openCopy(dir);
    const qint64 id = UiTestSupport::pickPk(document->cascade()).first;
    const Realisasi start = document->cascade().indicator(id)->realisasi;
    for (const QString &typed :
         {QStringLiteral("7"), QStringLiteral("75"), QStringLiteral("75,5")}) {
        document->undoStack()->push(new EditRealisasiCommand(
            document.get(), id, withQuarter(start, 2, typed), QStringLiteral("tw2")));
    }
    CHECK(document->undoStack()->count() == 1);
    CHECK(document->cascade().indicator(id)->realisasi.triwulan(2).realisasi.toString()
          == QStringLiteral("75,5"));
    document->undoStack()->push(new EditRealisasiCommand(
        document.get(),
        id,
        withQuarter(document->cascade().indicator(id)->realisasi, 3, QStringLiteral("80")),
        QStringLiteral("tw3")));
    CHECK(document->undoStack()->count() == 2);
    document->undoStack()->undo();
    document->undoStack()->undo();
    CHECK(document->cascade().indicator(id)->realisasi == start);
}

TEST_CASE("The analisis of an indicator's year is an undoable edit that a saved file keeps",
          "[WorkspaceDocument][realisasi]")
{
    QTemporaryDir dir;
    auto document = openCopy(dir);
    const qint64 id = UiTestSupport::pickPk(document->cascade()).first;
    const Realisasi before = document->cascade().indicator(id)->realisasi;
    Realisasi after = before;
    after.setAnalisis({QStringLiteral("Kader aktif di semua desa"),
                       QStringLiteral("Anggaran perubahan terlambat"),
                       QStringLiteral("Jadwal kegiatan dimajukan ke TW I")});
    REQUIRE(document->edits().editRealisasi(id, after, QStringLiteral("analisis")));
    CHECK(document->cascade().indicator(id)->realisasi.analisis() == after.analisis());
    // The quarters are untouched.
    CHECK(document->cascade().indicator(id)->realisasi.triwulan(2) == before.triwulan(2));
    document->undoStack()->undo();
    CHECK(document->cascade().indicator(id)->realisasi == before);
    document->undoStack()->redo();
    CHECK(document->cascade().indicator(id)->realisasi == after);

    const QString path = dir.filePath(QStringLiteral("analisis.tepat"));
    REQUIRE(WorkspaceFile::save(document->cascade(), path));
    const Result<Cascade> reopened = WorkspaceFile::load(path);
    REQUIRE(reopened);
    CHECK(reopened->indicator(id)->realisasi == after);
    CHECK(*reopened == document->cascade());
}

TEST_CASE("Realisasi anggaran is edited per program row and undone",
          "[WorkspaceDocument][realisasi]")
{
    QTemporaryDir dir;
    auto document = openCopy(dir);
    const PkDocument &pk = *document->cascade().pk(UiTestSupport::pickPk(document->cascade()).pkId);
    REQUIRE_FALSE(pk.programs.isEmpty());
    const qint64 row = pk.programs.first().id;
    const auto before = pk.programs.first().realisasiAnggaran;
    std::array<std::optional<Decimal>, 4> spent = before;
    spent[0] = Decimal::fromInt(250'000'000);
    document->undoStack()->push(
        new EditRealisasiAnggaranCommand(document.get(), row, spent, QStringLiteral("tw1")));
    CHECK(document->cascade().pkOfProgram(row)->programs.first().realisasiAnggaran == spent);
    document->undoStack()->undo();
    CHECK(document->cascade().pkOfProgram(row)->programs.first().realisasiAnggaran == before);
}

TEST_CASE("Closing a triwulan re-checks the PK indicators as a full check would",
          "[WorkspaceDocument][realisasi]")
{
    QTemporaryDir dir;
    auto document = openCopy(dir);
    const UiTestSupport::PkPick pick = UiTestSupport::pickPk(document->cascade());
    MeasureSettings settings = document->cascade().measureSettings();
    settings.reportingYear = document->cascade().pk(pick.pkId)->year;
    settings.closedQuarter = 4;
    document->undoStack()->push(new EditMeasureSettingsCommand(document.get(), settings));
    CHECK(
        hasRule(document->checker().findingsFor(pick.first), QStringLiteral("realisasi-missing")));
    Checker full(document->cascade().checkSettings());
    full.checkAll(document->cascade());
    CHECK(document->findings() == full.findings());

    document->undoStack()->undo();
    Checker again(document->cascade().checkSettings());
    again.checkAll(document->cascade());
    CHECK(document->findings() == again.findings());
}

TEST_CASE("Only PK indicators take realisasi", "[Cascade][realisasi]")
{
    QTemporaryDir dir;
    auto document = openCopy(dir);
    const Cascade &cascade = document->cascade();
    const qint64 rpjmdIndicator
        = cascade.indicatorsOf(cascade.childItems(cascade.childItems(0).first()).first()).first();
    const Result<void> refused
        = document->setRealisasi(rpjmdIndicator, withQuarter({}, 1, QStringLiteral("5")));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("not in a PK")));
    CHECK(cascade.indicator(rpjmdIndicator)->realisasi.isEmpty());
}

TEST_CASE("A PK duplicated for the next year starts without realisasi",
          "[WorkspaceDocument][realisasi]")
{
    QTemporaryDir dir;
    auto document = openCopy(dir);
    const UiTestSupport::PkPick pick = UiTestSupport::pickPk(document->cascade());
    REQUIRE(document->setRealisasi(pick.first, withQuarter({}, 1, QStringLiteral("5"))));
    auto *duplicate = new DuplicatePkCommand(document.get(), pick.pkId);
    document->undoStack()->push(duplicate);
    const PkDocument &copy = *document->cascade().pk(duplicate->newPkId());
    for (qint64 sasaran : document->cascade().childItems(copy.id)) {
        for (qint64 id : document->cascade().indicatorsOf(sasaran))
            CHECK(document->cascade().indicator(id)->realisasi.isEmpty());
    }
    for (const PkProgram &program : copy.programs)
        CHECK(program.realisasiAnggaran == std::array<std::optional<Decimal>, 4> {});
}
