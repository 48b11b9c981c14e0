#include "sheet/LayoutGuesser.h"

#include "import/ImportPlan.h"
#include "sheet/CsvReader.h"
#include "sheet/SheetRowReader.h"
#include "support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

void put(SheetTable &table, int row, const QStringList &texts)
{
    for (qsizetype column = 0; column < texts.size(); ++column) {
        if (!texts[column].isEmpty())
            table.setCell(row, int(column + 1), SheetCell::fromText(texts[column]));
    }
}

// An RPJMD sasaran table as a Bappeda keeps it: a title, "TARGET KINERJA" merged over the year
// columns "TH 2025 … TH 2029", the left header cells merged down over both header rows.
SheetTable targetKinerjaTable()
{
    SheetTable table;
    table.fileName = QStringLiteral("rpjmd.xlsx");
    table.sheetName = QStringLiteral("Sasaran");
    put(table, 1, {QStringLiteral("TUJUAN, SASARAN DAN INDIKATOR KINERJA RPJMD 2025-2029")});
    put(table,
        3,
        {QStringLiteral("NO"),
         QStringLiteral("SASARAN"),
         QStringLiteral("INDIKATOR KINERJA"),
         QStringLiteral("SATUAN"),
         QStringLiteral("TARGET KINERJA")});
    put(table,
        4,
        {{},
         QStringLiteral("SASARAN STRATEGIS"),
         {},
         {},
         QStringLiteral("TH 2025"),
         QStringLiteral("TH 2026"),
         QStringLiteral("TH 2027"),
         QStringLiteral("TH 2028"),
         QStringLiteral("TH 2029")});
    for (int column : {1, 3, 4})
        table.addMerged({3, column, 4, column});
    table.addMerged({3, 5, 3, 9});
    put(table,
        5,
        {QStringLiteral("1"),
         QStringLiteral("Meningkatnya derajat kesehatan masyarakat"),
         QStringLiteral("Usia Harapan Hidup"),
         QStringLiteral("tahun"),
         QStringLiteral("73,1"),
         QStringLiteral("73,3"),
         QStringLiteral("73,5"),
         QStringLiteral("73,7"),
         QStringLiteral("73,9")});
    return table;
}

SheetTable csv(const QByteArray &bytes)
{
    const Result<SheetTable> table = CsvReader::readTable(bytes, QStringLiteral("tabel.csv"));
    REQUIRE(table);
    return *table;
}

} // namespace

TEST_CASE("TARGET KINERJA merged over TH 2025 to TH 2029 gives the years, and the second header "
          "row is never data",
          "[LayoutGuesser]")
{
    const SheetTable table = targetKinerjaTable();
    const ColumnMapping mapping = LayoutGuesser::guess(table);
    CHECK(mapping.headerTop == 3);
    CHECK(mapping.headerBottom == 4);
    CHECK(mapping.firstDataRow == 5);
    for (int column = 5; column <= 9; ++column) {
        INFO(column);
        REQUIRE(mapping.column(column));
        CHECK(mapping.column(column)->role == ColumnRole::Target);
        CHECK(mapping.column(column)->year == 2020 + column);
    }
    const ImportPlan plan = ImportPlan::build(table, mapping);
    CHECK(plan.problems.isEmpty());
    REQUIRE(plan.nodes.size() == 1);
    CHECK(plan.nodes.first().name == QStringLiteral("Meningkatnya derajat kesehatan masyarakat"));
    REQUIRE(plan.indicators.size() == 1);
    CHECK(plan.indicators.first().indicator.target(2029).toString() == QStringLiteral("73,9"));
}

TEST_CASE("An instruction sheet holds no table and says which rows came closest", "[LayoutGuesser]")
{
    SheetTable table;
    table.sheetName = QStringLiteral("Petunjuk");
    put(table, 1, {QStringLiteral("PETUNJUK PENGISIAN")});
    put(table,
        3,
        {QStringLiteral(
            "1. Indikator diisi dengan indikator kinerja utama sesuai Renstra perangkat "
            "daerah.")});
    put(table, 4, {QStringLiteral("2. Satuan"), QStringLiteral("diisi %, orang, atau indeks.")});
    const SheetLayout layout = LayoutGuesser::layout(table);
    CHECK(layout.tables.isEmpty());
    CHECK(layout.rowsSearched == 4);
    CHECK(layout.closestRow == 4);
    CHECK(layout.closestRoles == QList<ColumnRole> {ColumnRole::Satuan});
}

TEST_CASE("A second header of other columns starts a second table; a repeated header does not",
          "[LayoutGuesser]")
{
    const SheetTable table
        = csv("A. INDIKATOR TUJUAN\n"
              "No;Tujuan;Indikator Tujuan;2025;2026\n"
              "1;Meningkatnya kesejahteraan;Indeks Pembangunan Manusia;72,1;72,6\n"
              "No;Tujuan;Indikator Tujuan;2025;2026\n"
              "2;;Persentase penduduk miskin;9,5;9,1\n"
              "B. INDIKATOR SASARAN\n"
              "No;Sasaran;Indikator Sasaran;Satuan;Target 2025;Target 2026\n"
              "1;Meningkatnya derajat kesehatan;Usia Harapan Hidup;tahun;73;74\n");
    const SheetLayout layout = LayoutGuesser::layout(table);
    CHECK(layout.title == QStringLiteral("A. INDIKATOR TUJUAN"));
    REQUIRE(layout.tables.size() == 2);
    const ColumnMapping &tujuan = layout.tables[0];
    CHECK(tujuan.headerTop == 2);
    CHECK(tujuan.lastDataRow == 6);
    // Years alone head the target columns of a table of indicators.
    CHECK(tujuan.column(4)->role == ColumnRole::Target);
    CHECK(tujuan.column(5)->year == 2026);
    CHECK(tujuan.ofRole(ColumnRole::Satuan).isEmpty());
    const ColumnMapping &sasaran = layout.tables[1];
    CHECK(sasaran.headerTop == 7);
    CHECK(sasaran.column(4)->role == ColumnRole::Satuan);
    CHECK(sasaran.column(6)->year == 2026);

    QStringList indicators;
    for (const SheetRow &row : SheetRowReader::read(table, tujuan)) {
        if (!row.indikator.isEmpty())
            indicators << row.indikator;
    }
    // The header printed again on the next page is no row.
    CHECK(indicators
          == QStringList {QStringLiteral("Indeks Pembangunan Manusia"),
                          QStringLiteral("Persentase penduduk miskin")});
}

TEST_CASE("A two-row header saved as CSV, its merges lost, still spreads Target over the years",
          "[LayoutGuesser]")
{
    const SheetTable table = csv("No;Indikator Kinerja;Satuan;Target;;\n"
                                 ";;;2025;2026;2027\n"
                                 "1;2;3;4;5;6\n"
                                 "1;Usia Harapan Hidup;tahun;73,1;73,3;73,5\n");
    const ColumnMapping mapping = LayoutGuesser::guess(table);
    CHECK(mapping.headerBottom == 2);
    CHECK(mapping.firstDataRow == 4); // after the row of column numbers
    for (int column = 4; column <= 6; ++column) {
        INFO(column);
        CHECK(mapping.column(column)->role == ColumnRole::Target);
        CHECK(mapping.column(column)->year == 2021 + column);
    }
}

TEST_CASE("The CSV contract of tepat-cli check is one of the shapes the guesser reads",
          "[LayoutGuesser]")
{
    const SheetTable table = csv("no;sasaran;indikator;satuan;target_2025;target_2026;rumus;"
                                 "sumber_data;polaritas;tingkat;keterangan\n"
                                 "1;Meningkatnya X;IKU;%;1;2;A/B;BPS;positif;program;-\n");
    const ColumnMapping mapping = LayoutGuesser::guess(table);
    CHECK(mapping.headerTop == 1);
    CHECK(mapping.headerBottom == 1);
    CHECK(mapping.firstDataRow == 2);
    const QList<ColumnRole> expected {ColumnRole::Nomor,
                                      ColumnRole::Sasaran,
                                      ColumnRole::Indikator,
                                      ColumnRole::Satuan,
                                      ColumnRole::Target,
                                      ColumnRole::Target,
                                      ColumnRole::Rumus,
                                      ColumnRole::SumberData,
                                      ColumnRole::Polaritas,
                                      ColumnRole::Tingkat,
                                      ColumnRole::Ignore};
    for (int column = 1; column <= int(expected.size()); ++column) {
        INFO(column);
        CHECK(mapping.column(column)->role == expected[column - 1]);
    }
    CHECK(mapping.column(6)->year == 2026);
}

TEST_CASE("A row's level comes from its codes and activities, else from the header's words",
          "[LayoutGuesser][SheetRowReader]")
{
    const SheetTable renstra = csv("Kode;Uraian;Indikator;Target 2026\n"
                                   ";Meningkatnya mutu layanan;Indeks Kepuasan Masyarakat;82\n"
                                   "1.02.02;Program Pemenuhan Upaya Kesehatan;Persentase X;80\n"
                                   "1.02.02.2.01;Penyediaan Fasilitas;Jumlah Y;4\n"
                                   ";;Jumlah Z;5\n"
                                   "1.02.02.2.01.0001;Pembangunan Puskesmas;Jumlah W;1\n");
    QList<SheetRow::Level> levels;
    for (const SheetRow &row : SheetRowReader::read(renstra, LayoutGuesser::guess(renstra)))
        levels << row.level;
    using Level = SheetRow::Level;
    CHECK(levels
          == QList<Level> {
              Level::None, Level::Program, Level::Kegiatan, Level::Kegiatan, Level::SubKegiatan});

    const SheetTable pk = csv("No;Sasaran Kegiatan;Indikator Kinerja;Target\n"
                              "1;Tersedianya laporan;Jumlah laporan keuangan;12\n");
    const QList<SheetRow> rows = SheetRowReader::read(pk, LayoutGuesser::guess(pk));
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().level == Level::Kegiatan);
    CHECK(LayoutGuesser::levelOf(u"Indikator Kinerja Program (Outcome)") == Level::Program);
    CHECK(LayoutGuesser::levelOf(u"Sasaran Program / Sasaran Kegiatan") == Level::None);
}
