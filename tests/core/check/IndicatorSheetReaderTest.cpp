#include "check/IndicatorSheetReader.h"

#include "support/QtStringMakers.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

const QString sheetName = QStringLiteral("indikator.csv");

Result<QList<IndicatorSheet>> parsed(const QByteArray &bytes)
{
    return IndicatorSheetReader::parse(bytes, sheetName);
}

// The one table of a sheet in the CSV contract.
IndicatorSheet sheetOf(const QByteArray &bytes)
{
    const Result<QList<IndicatorSheet>> sheets = parsed(bytes);
    INFO((sheets ? std::string() : sheets.error().message.toStdString()));
    REQUIRE(sheets);
    REQUIRE(sheets->size() == 1);
    return sheets->first();
}

Error errorOf(const QByteArray &bytes)
{
    const Result<QList<IndicatorSheet>> sheets = parsed(bytes);
    REQUIRE_FALSE(sheets);
    return sheets.error();
}

QStringList texts(const IndicatorSheet &sheet)
{
    QStringList result;
    for (const IndicatorSheet::Row &row : sheet.rows)
        result.append(row.indicator.text);
    return result;
}

QList<int> numbers(const IndicatorSheet &sheet)
{
    QList<int> result;
    for (const IndicatorSheet::Row &row : sheet.rows)
        result.append(row.number);
    return result;
}

} // namespace

TEST_CASE("A semicolon sheet from Indonesian Excel is read with spreadsheet row numbers",
          "[IndicatorSheetReader]")
{
    const IndicatorSheet sheet
        = sheetOf("sasaran;indikator;satuan;target_2025;target_2026;rumus;sumber_data;polaritas\r\n"
                  "Meningkatnya derajat kesehatan;Usia Harapan Hidup;tahun;73,79;74,01;"
                  "BPS;Data BPS;positif\r\n"
                  "Meningkatnya derajat kesehatan;Angka kematian bayi;per 1.000 KH;12,5;"
                  "11,8;AKB = A / B x 1000;Dinkes;negatif\r\n");
    CHECK(sheet.fileName == sheetName);
    CHECK(texts(sheet)
          == QStringList {QStringLiteral("Usia Harapan Hidup"),
                          QStringLiteral("Angka kematian bayi")});
    CHECK(numbers(sheet) == QList<int> {2, 3});
    CHECK(sheet.years == QList<int> {2025, 2026});
    CHECK(sheet.hasSatuan);
    CHECK(sheet.hasTarget);
    CHECK(sheet.hasRumus);
    CHECK(sheet.hasSumberData);
    CHECK(sheet.hasPolaritas);

    const IndicatorSheet::Row &row = sheet.rows.at(1);
    CHECK(row.sasaran == QStringLiteral("Meningkatnya derajat kesehatan"));
    CHECK(row.tier == Tier::Strategis);
    CHECK(row.indicator.satuan == QStringLiteral("per 1.000 KH"));
    CHECK(row.indicator.target(2025) == TargetValue::parse(u"12,5"));
    CHECK(row.indicator.target(2026) == TargetValue::parse(u"11,8"));
    CHECK(row.indicator.rumus == QStringLiteral("AKB = A / B x 1000"));
    CHECK(row.indicator.sumberData == QStringLiteral("Dinkes"));
    CHECK(row.indicator.polaritas == Indicator::Polaritas::Minimize);
    CHECK(row.indicator.iku);
}

TEST_CASE("A comma sheet is read the same as a semicolon sheet", "[IndicatorSheetReader]")
{
    const IndicatorSheet semicolons
        = sheetOf("indikator;satuan;target\nIndeks SPBE;indeks;\"2,8\"\nNilai SAKIP;predikat;BB\n");
    const IndicatorSheet commas
        = sheetOf("indikator,satuan,target\nIndeks SPBE,indeks,\"2,8\"\nNilai SAKIP,predikat,BB\n");
    CHECK(texts(commas) == texts(semicolons));
    CHECK(commas.rows.at(0).indicator.targets == semicolons.rows.at(0).indicator.targets);
    CHECK(commas.rows.at(0).indicator.target(0).number()
          == *Decimal::fromCanonical(QStringLiteral("2.8")));
    CHECK(commas.rows.at(1).indicator.target(0).kind() == TargetValue::Kind::Grade);
}

TEST_CASE("The separator is the one the header uses more, counting only outside quotes",
          "[IndicatorSheetReader]")
{
    // Two commas inside the quoted name, one semicolon between the columns.
    const IndicatorSheet sheet = sheetOf("\"nama (a, b, c)\";indikator\nx;Cakupan imunisasi\n");
    CHECK(texts(sheet) == QStringList {QStringLiteral("Cakupan imunisasi")});
}

TEST_CASE("An Excel sep line chooses the separator and is not counted as a row",
          "[IndicatorSheetReader]")
{
    // The header alone would suggest ',' (two commas, one semicolon).
    const IndicatorSheet sheet
        = sheetOf("sep=;\r\nindikator;\"satuan, jenis, kode\"\r\nIndeks SPBE, 1-5;indeks\r\n");
    CHECK(texts(sheet) == QStringList {QStringLiteral("Indeks SPBE, 1-5")});
    CHECK(numbers(sheet) == QList<int> {2});

    // Anything longer is an ordinary first row, here a title above the header.
    const IndicatorSheet titled = sheetOf("sep=;;\nindikator;satuan\nIndeks SPBE;indeks\n");
    CHECK(titled.headerRow == 2);
    CHECK(numbers(titled) == QList<int> {3});
}

TEST_CASE("A UTF-8 BOM is skipped and does not hide the first column name",
          "[IndicatorSheetReader]")
{
    const IndicatorSheet sheet = sheetOf("\xEF\xBB\xBFindikator;satuan\nJumlah wisatawan;orang\n");
    CHECK(texts(sheet) == QStringList {QStringLiteral("Jumlah wisatawan")});
    CHECK(sheet.rows.at(0).indicator.satuan == QStringLiteral("orang"));
}

TEST_CASE("UTF-8 text keeps its characters", "[IndicatorSheetReader]")
{
    const IndicatorSheet sheet = sheetOf("indikator;target\nWaktu layanan;\xE2\x89\xA4 10 menit\n");
    CHECK(sheet.rows.at(0).indicator.target(0).kind() == TargetValue::Kind::Bound);
    CHECK(sheet.rows.at(0).indicator.target(0).boundOp() == TargetValue::BoundOp::LessOrEqual);
}

TEST_CASE("A sheet saved as Windows-1252 is decoded with its curly quotes, dashes and accents",
          "[IndicatorSheetReader]")
{
    const IndicatorSheet sheet = sheetOf("indikator;satuan;sumber_data\r\n"
                                         "Persentase \x93"
                                         "desa mandiri\x94 \x96 naik;%;Laporan Caf\xE9 \x80\r\n");
    const IndicatorSheet::Row &row = sheet.rows.at(0);
    CHECK(row.indicator.text == QStringLiteral("Persentase \u201Cdesa mandiri\u201D \u2013 naik"));
    CHECK(row.indicator.sumberData == QStringLiteral("Laporan Caf\u00E9 \u20AC"));
}

TEST_CASE("Quoted cells keep separators, doubled quotes and line breaks", "[IndicatorSheetReader]")
{
    const IndicatorSheet sheet = sheetOf("indikator;rumus;sumber_data\n"
                                         "\"Persentase balita; gizi baik\";"
                                         "\"A / B x 100 %\r\nA = \"\"balita gizi baik\"\"\";"
                                         "\"\"\n");
    const IndicatorSheet::Row &row = sheet.rows.at(0);
    CHECK(row.indicator.text == QStringLiteral("Persentase balita; gizi baik"));
    CHECK(row.indicator.rumus == QStringLiteral("A / B x 100 %\nA = \"balita gizi baik\""));
    CHECK(row.indicator.sumberData.isEmpty());
}

TEST_CASE("A record with a line break inside quotes is still one spreadsheet row",
          "[IndicatorSheetReader]")
{
    const IndicatorSheet sheet = sheetOf("indikator;rumus\n"
                                         "Cakupan imunisasi;\"A / B\nA = bayi\nB = sasaran\"\n"
                                         "Jumlah wisatawan;jumlah kunjungan\n");
    CHECK(numbers(sheet) == QList<int> {2, 3});
    CHECK(texts(sheet).at(1) == QStringLiteral("Jumlah wisatawan"));
}

TEST_CASE("CRLF, LF and CR line ends give the same rows", "[IndicatorSheetReader]")
{
    const QByteArray lines = "indikator;satuan|Indeks SPBE;indeks|Nilai SAKIP;predikat|";
    QList<IndicatorSheet> sheets;
    for (const char *end : {"\r\n", "\n", "\r"})
        sheets.append(sheetOf(QByteArray(lines).replace('|', end)));
    for (const IndicatorSheet &sheet : sheets) {
        CHECK(numbers(sheet) == QList<int> {2, 3});
        CHECK(texts(sheet) == texts(sheets.first()));
        CHECK(sheet.rows.at(1).indicator.satuan == QStringLiteral("predikat"));
    }
}

TEST_CASE("Blank and trailing empty rows are skipped but still counted", "[IndicatorSheetReader]")
{
    const IndicatorSheet sheet
        = sheetOf("indikator;satuan\nIndeks SPBE;indeks\n;\n\nNilai SAKIP;predikat\n;;\n\n\n");
    CHECK(numbers(sheet) == QList<int> {2, 5});
    CHECK(sheet.rows.size() == 2);
}

TEST_CASE("A sheet without a final line end loses no row", "[IndicatorSheetReader]")
{
    const IndicatorSheet sheet = sheetOf("indikator;satuan\nIndeks SPBE;indeks");
    REQUIRE(sheet.rows.size() == 1);
    CHECK(sheet.rows.at(0).indicator.satuan == QStringLiteral("indeks"));
}

TEST_CASE("Column names are matched case-insensitively and unknown columns are ignored",
          "[IndicatorSheetReader]")
{
    const IndicatorSheet sheet = sheetOf("No; INDIKATOR ;Keterangan;Satuan;Sumber_Data;TINGKAT\n"
                                         "1;Jumlah wisatawan;catatan;orang;Dispar;Program\n");
    const IndicatorSheet::Row &row = sheet.rows.at(0);
    CHECK(row.indicator.text == QStringLiteral("Jumlah wisatawan"));
    CHECK(row.indicator.satuan == QStringLiteral("orang"));
    CHECK(row.indicator.sumberData == QStringLiteral("Dispar"));
    CHECK(row.tier == Tier::Program);
    CHECK(sheet.hasSumberData);
    CHECK_FALSE(sheet.hasRumus);
}

TEST_CASE("A sheet without rumus, sumber_data, satuan or target columns says it lacks them",
          "[IndicatorSheetReader]")
{
    const IndicatorSheet sheet = sheetOf("indikator\nJumlah wisatawan\n");
    CHECK_FALSE(sheet.hasRumus);
    CHECK_FALSE(sheet.hasSumberData);
    CHECK_FALSE(sheet.hasSatuan);
    CHECK_FALSE(sheet.hasTarget);
    CHECK_FALSE(sheet.hasPolaritas);
    CHECK(sheet.years.isEmpty());
    CHECK(sheet.rows.at(0).indicator.polaritas == Indicator::Polaritas::NotGiven);
}

TEST_CASE("An empty cell in a present column stays empty so that the rules can flag it",
          "[IndicatorSheetReader]")
{
    const IndicatorSheet sheet = sheetOf("indikator;rumus;sumber_data\nJumlah wisatawan;;\n");
    CHECK(sheet.hasRumus);
    CHECK(sheet.hasSumberData);
    CHECK(sheet.rows.at(0).indicator.rumus.isEmpty());
    CHECK(sheet.rows.at(0).indicator.sumberData.isEmpty());
}

TEST_CASE("A header of one column reads each line whole, commas and all", "[IndicatorSheetReader]")
{
    const IndicatorSheet sheet = sheetOf("indikator\nPersentase balita, ibu hamil; dan lansia\n");
    CHECK(texts(sheet) == QStringList {QStringLiteral("Persentase balita, ibu hamil; dan lansia")});
}

TEST_CASE("Yearly target columns become the sheet's years in ascending order",
          "[IndicatorSheetReader]")
{
    const IndicatorSheet sheet
        = sheetOf("indikator;satuan;target_2027;target_2025;Target_2026\nIPM;indeks;72;70;71\n");
    CHECK(sheet.years == QList<int> {2025, 2026, 2027});
    const Indicator &indicator = sheet.rows.at(0).indicator;
    CHECK(indicator.target(2025).number() == Decimal::fromInt(70));
    CHECK(indicator.target(2026).number() == Decimal::fromInt(71));
    CHECK(indicator.target(2027).number() == Decimal::fromInt(72));
}

TEST_CASE("A single target column is year 0 and an empty target cell gives no target",
          "[IndicatorSheetReader]")
{
    const IndicatorSheet sheet = sheetOf("indikator;satuan;target\nIPM;indeks;72\nUHH;tahun;\n");
    CHECK(sheet.years == QList<int> {0});
    CHECK(sheet.rows.at(0).indicator.targets.keys() == QList<int> {0});
    CHECK(sheet.rows.at(1).indicator.targets.isEmpty());
}

TEST_CASE("Without a satuan column the unit inside the target cells is the satuan",
          "[IndicatorSheetReader]")
{
    const IndicatorSheet sheet = sheetOf("indikator;target_2025;target_2026\n"
                                         "Cakupan pengamanan informasi;;100 %\n"
                                         "Indeks SPBE;2,8;3\n");
    CHECK_FALSE(sheet.hasSatuan);
    CHECK(sheet.rows.at(0).indicator.satuan == QStringLiteral("%"));
    CHECK(sheet.rows.at(1).indicator.satuan.isEmpty());

    // A satuan column wins, even where its cell is empty: the sheet says what the satuan is.
    const IndicatorSheet withColumn = sheetOf("indikator;satuan;target\nCakupan;;100 %\n");
    CHECK(withColumn.rows.at(0).indicator.satuan.isEmpty());
}

TEST_CASE("Polaritas and tingkat words map to their values in any case", "[IndicatorSheetReader]")
{
    const IndicatorSheet sheet = sheetOf("indikator;polaritas;tingkat\n"
                                         "a;Positif;strategis\n"
                                         "b;MAKSIMAL;Program\n"
                                         "c;negatif;KEGIATAN\n"
                                         "d;minimal;\n"
                                         "e;stabil;\n"
                                         "f;;\n");
    using P = Indicator::Polaritas;
    QList<P> polaritas;
    QList<Tier> tiers;
    for (const IndicatorSheet::Row &row : sheet.rows) {
        polaritas.append(row.indicator.polaritas);
        tiers.append(row.tier);
    }
    CHECK(polaritas
          == QList<P> {
              P::Maximize, P::Maximize, P::Minimize, P::Minimize, P::Stabilize, P::NotGiven});
    CHECK(tiers
          == QList<Tier> {Tier::Strategis,
                          Tier::Program,
                          Tier::Kegiatan,
                          Tier::Strategis,
                          Tier::Strategis,
                          Tier::Strategis});
}

TEST_CASE("An empty sasaran cell repeats the sasaran above it, as a merged cell means",
          "[IndicatorSheetReader]")
{
    const IndicatorSheet sheet = sheetOf("sasaran;indikator\n"
                                         "Meningkatnya derajat kesehatan;UHH\n"
                                         ";AKB\n"
                                         "Meningkatnya pariwisata;Jumlah wisatawan\n");
    CHECK(sheet.rows.at(1).sasaran == QStringLiteral("Meningkatnya derajat kesehatan"));
    CHECK(sheet.rows.at(2).sasaran == QStringLiteral("Meningkatnya pariwisata"));
}

TEST_CASE("A header found by its words need not use the contract's names", "[IndicatorSheetReader]")
{
    const IndicatorSheet sheet = sheetOf("No;Indikator Kinerja;Satuan;Target Tahun 2026\n"
                                         "1;Usia Harapan Hidup;tahun;73,5\n");
    CHECK(texts(sheet) == QStringList {QStringLiteral("Usia Harapan Hidup")});
    CHECK(sheet.years == QList<int> {2026});
    CHECK(sheet.rows.first().indicator.satuan == QStringLiteral("tahun"));
}

TEST_CASE("Without an indicator column the error names the file, the rows tried and what the "
          "closest row has",
          "[IndicatorSheetReader]")
{
    const Error error = errorOf("Daftar capaian\nNo;Nama;Satuan\n1;UHH;tahun\n");
    CHECK(error.code == Error::Code::Invalid);
    CHECK(error.file == sheetName);
    CHECK(error.message.contains(sheetName));
    CHECK(error.message.contains(QStringLiteral("rows 1 to 3")));
    CHECK(error.message.contains(QStringLiteral("row 2, has No, Nama, Satuan")));
    CHECK(error.message.contains(QStringLiteral("\"indikator\"")));
}

TEST_CASE("Duplicate columns are an error naming both columns", "[IndicatorSheetReader]")
{
    const Error error = errorOf("Indikator;satuan;target_2025;INDIKATOR\na;b;1;c\n");
    CHECK(error.row == 1);
    CHECK(error.field == QStringLiteral("INDIKATOR"));
    CHECK(error.message.contains(sheetName));
    CHECK(error.message.contains(QStringLiteral("Indikator (A)")));
    CHECK(error.message.contains(QStringLiteral("INDIKATOR (D)")));

    const Error years = errorOf("indikator;target_2025;Target_2025\n");
    CHECK(years.message.contains(QStringLiteral("target_2025 (B)")));
    CHECK(years.message.contains(QStringLiteral("Target_2025 (C)")));
}

TEST_CASE("A target column and target_year columns in one sheet are an error naming both",
          "[IndicatorSheetReader]")
{
    const Error error = errorOf("indikator;target;target_2026\n");
    CHECK(error.message.contains(QStringLiteral("target (B)")));
    CHECK(error.message.contains(QStringLiteral("target_2026 (C)")));
}

TEST_CASE("A target year outside 1945 to 2200 is an error naming the column",
          "[IndicatorSheetReader]")
{
    for (const char *column : {"target_1944", "target_2201", "target_25", "target_99999999999"}) {
        INFO(column);
        const Error error = errorOf(QByteArray("indikator;") + column + "\nUHH;70\n");
        CHECK(error.code == Error::Code::Invalid);
        CHECK(error.field == QLatin1String(column));
        CHECK(error.message.contains(QStringLiteral("column %1").arg(QLatin1String(column))));
        CHECK(error.message.contains(sheetName));
    }
    CHECK(sheetOf("indikator;target_1945;target_2200\n").years == QList<int> {1945, 2200});
    // Not a year at all: an unknown column, ignored like any other.
    CHECK(sheetOf("indikator;target_akhir\n").years.isEmpty());
}

TEST_CASE("An unknown polaritas or tingkat is an error naming file, row and column",
          "[IndicatorSheetReader]")
{
    const Error polaritas = errorOf("indikator;polaritas\na;positif\nb;;\nc;\n"
                                    "d;negatif\ne;stabil\nf;tinggi\n");
    CHECK(polaritas.message
          == QStringLiteral("indikator.csv, row 7, column polaritas: \"tinggi\" is not one of "
                            "positif, maksimal, naik, negatif, minimal, turun, stabil."));
    CHECK(polaritas.row == 7);
    CHECK(polaritas.field == QStringLiteral("polaritas"));
    CHECK(polaritas.file == sheetName);

    const Error tingkat = errorOf("indikator;Tingkat\na;eselon 3\n");
    CHECK(tingkat.message
          == QStringLiteral("indikator.csv, row 2, column Tingkat: \"eselon 3\" is not one of "
                            "strategis, program, kegiatan."));
}

TEST_CASE("An unterminated quote is an error with the row where the cell starts and its column",
          "[IndicatorSheetReader]")
{
    const Error error = errorOf("indikator;rumus\n"
                                "a;\"A / B\nx\"\n"
                                "b;\"A / B\n\nc;d\n");
    CHECK(error.code == Error::Code::Parse);
    CHECK(error.row == 3);
    CHECK(error.field == QStringLiteral("rumus"));
    CHECK(error.message.startsWith(QStringLiteral("indikator.csv, row 3, column rumus: ")));

    const Error header = errorOf("indikator;\"satuan\n");
    CHECK(header.row == 1);
    CHECK(header.field == QStringLiteral("B"));
}

TEST_CASE("Text after a closing quote is an error with row and column", "[IndicatorSheetReader]")
{
    const Error error = errorOf("indikator;satuan\n\"Persentase \"A\" dan B\";%\n");
    CHECK(error.code == Error::Code::Parse);
    CHECK(error.row == 2);
    CHECK(error.field == QStringLiteral("indikator"));
    CHECK(error.message.contains(QStringLiteral("\"\"")));
}

TEST_CASE("A filled cell beyond the header's last column is an error naming row and column",
          "[IndicatorSheetReader]")
{
    // An unquoted decimal comma in a comma sheet shifts the cells to the right.
    const Error error = errorOf("indikator,satuan,target\nIPM,indeks,72\nUHH,tahun,73,79\n");
    CHECK(error.code == Error::Code::Parse);
    CHECK(error.row == 3);
    CHECK(error.field == QStringLiteral("D"));
    CHECK(error.message.contains(QStringLiteral("\"79\"")));

    // Empty cells there are what Excel writes for a wider range: no error.
    CHECK(sheetOf("indikator;satuan\nIPM;indeks;;\n").rows.size() == 1);
}

TEST_CASE("An empty file and an Excel workbook are errors naming the file",
          "[IndicatorSheetReader]")
{
    for (const QByteArray &bytes : {QByteArray(),
                                    QByteArray("\xEF\xBB\xBF\r\n  \n"),
                                    QByteArray("PK\x03\x04\x14\x00\x06\x00", 8),
                                    QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")}) {
        const Error error = errorOf(bytes);
        CHECK(error.message.contains(sheetName));
        CHECK(error.file == sheetName);
    }
}

TEST_CASE("Reading a file names it when it is missing and reads it when it is there",
          "[IndicatorSheetReader]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("tidak-ada.csv"));
    const Result<QList<IndicatorSheet>> none = IndicatorSheetReader::read(missing);
    REQUIRE_FALSE(none);
    CHECK(none.error().code == Error::Code::NotFound);
    CHECK(none.error().message.contains(missing));

    const QString path = dir.filePath(QStringLiteral("iku.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("indikator;satuan\nIndeks SPBE;indeks\n");
    file.close();
    const Result<QList<IndicatorSheet>> sheets = IndicatorSheetReader::read(path);
    REQUIRE(sheets);
    REQUIRE(sheets->size() == 1);
    CHECK(sheets->first().fileName == path);
    CHECK(sheets->first().rows.size() == 1);
}
