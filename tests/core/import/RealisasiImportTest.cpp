#include "import/RealisasiImportPlan.h"
#include "sheet/LayoutGuesser.h"
#include "support/QtStringMakers.h"
#include "support/SampleWorkspace.h"

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

// The first PK with two indicators, and their texts.
struct Pick
{
    qint64 pk = 0;
    QList<qint64> indicators;
};

Pick pickPk(const Cascade &cascade)
{
    for (const PkDocument &pk : cascade.pks()) {
        Pick pick {pk.id, {}};
        for (qint64 sasaran : cascade.childItems(pk.id))
            pick.indicators.append(cascade.indicatorsOf(sasaran));
        if (pick.indicators.size() >= 2 && pk.opdId != 0)
            return pick;
    }
    FAIL("no PK with two indicators in the sample");
    return {};
}

} // namespace

TEST_CASE("The layout guesser reads the triwulan of a realisasi column", "[import][realisasi]")
{
    using Role = ColumnRole;
    CHECK(LayoutGuesser::roleOf(u"Realisasi TW I").first == Role::RealisasiTw1);
    CHECK(LayoutGuesser::roleOf(u"Realisasi Triwulan III").first == Role::RealisasiTw3);
    CHECK(LayoutGuesser::roleOf(u"Realisasi TW 2").first == Role::RealisasiTw2);
    CHECK(LayoutGuesser::roleOf(u"Capaian TW-IV").first == Role::RealisasiTw4);
    CHECK(LayoutGuesser::roleOf(u"TW II").first == Role::RealisasiTw2);
    // Alone, a "Realisasi" column is the kondisi awal of a Renstra sheet, as before.
    CHECK(LayoutGuesser::roleOf(u"Realisasi 2024").first == Role::Baseline);
    CHECK(LayoutGuesser::roleOf(u"Kendala").first == Role::Kendala);
    CHECK(LayoutGuesser::roleOf(u"Upaya / Tindak Lanjut").first == Role::TindakLanjut);
    CHECK(LayoutGuesser::roleOf(u"Data Dukung").first == Role::Bukti);

    SheetTable table;
    table.appendRow({QStringLiteral("No"),
                     QStringLiteral("Indikator Kinerja"),
                     QStringLiteral("Target"),
                     QStringLiteral("Realisasi"),
                     QString(),
                     QStringLiteral("Kendala")});
    table.appendRow({QString(),
                     QString(),
                     QStringLiteral("TW I"),
                     QStringLiteral("TW I"),
                     QStringLiteral("TW II"),
                     QString()});
    table.addMerged({1, 4, 1, 5});
    table.appendRow({QStringLiteral("1"),
                     QStringLiteral("Persentase X"),
                     QStringLiteral("20"),
                     QStringLiteral("18"),
                     QStringLiteral("25"),
                     QString()});
    const ColumnMapping mapping = LayoutGuesser::guess(table);
    CHECK(mapping.column(2)->role == Role::Indikator);
    CHECK(mapping.column(3)->role == Role::Ignore); // the quarter's target is not imported
    CHECK(mapping.column(4)->role == Role::RealisasiTw1);
    CHECK(mapping.column(5)->role == Role::RealisasiTw2);
    CHECK(mapping.column(6)->role == Role::Kendala);
    CHECK(RealisasiImportPlan::applies(mapping));
    const auto json = ColumnMapping::fromJson(mapping.toJson());
    REQUIRE(json);
    CHECK(*json == mapping);
}

TEST_CASE("A realisasi sheet is matched to the PK's indicators by text, then by number",
          "[import][realisasi]")
{
    const Cascade cascade = SampleWorkspace::load();
    const Pick pick = pickPk(cascade);
    const QString first = cascade.indicator(pick.indicators[0])->text;
    SheetTable table;
    table.appendRow({QStringLiteral("No"),
                     QStringLiteral("Indikator"),
                     QStringLiteral("Realisasi TW I"),
                     QStringLiteral("Realisasi TW II"),
                     QStringLiteral("Kendala"),
                     QStringLiteral("Bukti Dukung")});
    // Spacing and case differ from the PK; the second row says its place instead of the text.
    table.appendRow({QStringLiteral("1.1"),
                     QStringLiteral("  ") + first.toUpper() + QStringLiteral(" "),
                     QStringLiteral("12,5"),
                     QStringLiteral("0"),
                     QStringLiteral("Data terlambat"),
                     QStringLiteral("Laporan TW II")});
    table.appendRow({QStringLiteral("2"),
                     QStringLiteral("Nama lain untuk indikator kedua"),
                     QString(),
                     QStringLiteral("40")});
    table.appendRow(
        {QString(), QStringLiteral("Indikator yang tidak ada di PK"), QStringLiteral("3")});
    const ColumnMapping mapping = LayoutGuesser::guess(table);
    const RealisasiImportPlan plan = RealisasiImportPlan::build(table, mapping, cascade, pick.pk);

    CHECK(plan.problems.isEmpty());
    REQUIRE(plan.matches.size() == 2);
    const RealisasiImportPlan::Match &byText = plan.matches[0];
    CHECK(byText.indicatorId == pick.indicators[0]);
    CHECK_FALSE(byText.byNumber);
    CHECK(byText.realisasi.triwulan(1).realisasi.toString() == QStringLiteral("12,5"));
    // A reported 0 is kept, and the notes go to the last triwulan the row reports.
    CHECK(byText.realisasi.triwulan(2).realisasi.toString() == QStringLiteral("0"));
    CHECK(byText.realisasi.triwulan(2).kendala == QStringLiteral("Data terlambat"));
    CHECK(byText.realisasi.triwulan(2).bukti == QStringLiteral("Laporan TW II"));
    CHECK(byText.realisasi.triwulan(1).kendala.isEmpty());
    const RealisasiImportPlan::Match &byNumber = plan.matches[1];
    CHECK(byNumber.byNumber);
    CHECK(byNumber.indicatorId == pick.indicators[1]);
    REQUIRE(plan.unmatched.size() == 1);
    CHECK(plan.unmatched.first().sheetRow == 4);
}

TEST_CASE("A realisasi cell that is no number is a problem naming its cell, and so is a repeated "
          "indicator",
          "[import][realisasi]")
{
    const Cascade cascade = SampleWorkspace::load();
    const Pick pick = pickPk(cascade);
    const QString first = cascade.indicator(pick.indicators[0])->text;
    SheetTable table;
    table.fileName = QStringLiteral("tw.csv");
    table.appendRow({QStringLiteral("Indikator"), QStringLiteral("Realisasi TW I")});
    table.appendRow({first, QStringLiteral("naik")});
    table.appendRow({first, QStringLiteral("5")});
    const RealisasiImportPlan plan
        = RealisasiImportPlan::build(table, LayoutGuesser::guess(table), cascade, pick.pk);
    REQUIRE(plan.problems.size() == 2);
    CHECK(plan.problems[0].message.contains(QStringLiteral("row 2, column B")));
    CHECK(plan.problems[0].message.contains(QStringLiteral("\"naik\"")));
    CHECK(plan.problems[1].message.contains(QStringLiteral("also in row 2")));
}
