#include "export/SpreadsheetExport.h"

#include "check/IndicatorSheetReader.h"
#include "sheet/CsvWriter.h"
#include "sheet/SheetFile.h"
#include "sheet/XlsxWriter.h"
#include "support/QtStringMakers.h"
#include "support/SampleWorkspace.h"
#include "support/XlsxSheet.h"
#include "values/IndonesianNumber.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

const PkDocument &pkById(const Cascade &cascade, qint64 id)
{
    const PkDocument *pk = cascade.pk(id);
    REQUIRE(pk);
    return *pk;
}

// The indicators of an item and its subtree, in the order of the tree.
void collectIndicators(const Cascade &cascade, qint64 itemId, QList<Indicator> &indicators)
{
    for (qint64 id : cascade.indicatorsOf(itemId))
        indicators.append(*cascade.indicator(id));
    for (qint64 child : cascade.childItems(itemId))
        collectIndicators(cascade, child, indicators);
}

// As tepat-cli check reads a CSV file or a workbook: one table of indicators.
IndicatorSheet readBack(const QString &path)
{
    const Result<QList<IndicatorSheet>> sheets = IndicatorSheetReader::read(path);
    INFO((sheets ? std::string() : sheets.error().message.toStdString()));
    REQUIRE(sheets);
    REQUIRE(sheets->size() == 1);
    return sheets->first();
}

QList<IndicatorSheet::Row> withIndicator(const IndicatorSheet &sheet)
{
    QList<IndicatorSheet::Row> rows;
    for (const IndicatorSheet::Row &row : sheet.rows) {
        if (!row.indicator.text.isEmpty())
            rows.append(row);
    }
    return rows;
}

constexpr qint64 kepalaDaerahPk = 9000;
constexpr qint64 dinkesPk = 9100;

} // namespace

TEST_CASE("Every OPD's Renstra exported as CSV or as a workbook reads back with the same "
          "indicators and targets",
          "[export]")
{
    const Cascade cascade = SampleWorkspace::load();
    QTemporaryDir dir;
    for (const QString &suffix : {QStringLiteral(".csv"), QStringLiteral(".xlsx")}) {
        for (const Opd &opd : cascade.opds()) {
            INFO(opd.name.toStdString() << suffix.toStdString());
            const QString path = dir.filePath(opd.shortName + suffix);
            REQUIRE(SheetFile::write(path, {SpreadsheetExport::renstra(cascade, opd)}));

            QList<Indicator> expected;
            for (qint64 tujuan : cascade.childItems(opd.id))
                collectIndicators(cascade, tujuan, expected);
            REQUIRE_FALSE(expected.isEmpty());
            const IndicatorSheet sheet = readBack(path);
            CHECK(sheet.years == cascade.periode().years());
            CHECK(sheet.hasSatuan);
            CHECK(sheet.hasRumus);
            CHECK(sheet.hasSumberData);
            CHECK(sheet.hasPolaritas);
            const QList<IndicatorSheet::Row> rows = withIndicator(sheet);
            REQUIRE(rows.size() == expected.size());
            for (qsizetype i = 0; i < rows.size(); ++i) {
                const Indicator &read = rows[i].indicator;
                const Indicator &original = expected[i];
                INFO(original.text.toStdString());
                CHECK(read.text == original.text);
                CHECK(read.satuan == original.satuan);
                CHECK(read.targets == original.targets);
                CHECK(read.rumus == original.rumus);
                CHECK(read.sumberData == original.sumberData);
                CHECK(read.polaritas == original.polaritas);
            }
        }
    }
}

TEST_CASE("A PK lampiran as CSV is two files: indicators the sheet reader takes, and programs",
          "[export]")
{
    const Cascade cascade = SampleWorkspace::load();
    const PkDocument &pk = pkById(cascade, kepalaDaerahPk);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pk-2026.csv"));
    const Result<QStringList> written
        = SheetFile::write(path, SpreadsheetExport::pkLampiran(cascade, pk));
    REQUIRE(written);
    const QString programPath = dir.filePath(QStringLiteral("pk-2026-program.csv"));
    CHECK(*written == QStringList {path, programPath});

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBFno;sasaran;indikator;satuan;target_2026\r\n"));

    QList<Indicator> expected;
    for (qint64 sasaran : cascade.childItems(pk.id))
        collectIndicators(cascade, sasaran, expected);
    const IndicatorSheet sheet = readBack(path);
    CHECK(sheet.years == QList<int> {2026});
    REQUIRE(sheet.rows.size() == expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        CHECK(sheet.rows[i].indicator.text == expected[i].text);
        CHECK(sheet.rows[i].indicator.target(2026) == expected[i].target(2026));
        CHECK(sheet.rows[i].sasaran == cascade.item(expected[i].ownerId)->name);
    }

    QFile programs(programPath);
    REQUIRE(programs.open(QIODevice::ReadOnly));
    const QByteArray programBytes = programs.readAll();
    REQUIRE(programBytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines
        = QString::fromUtf8(programBytes.sliced(3)).split(QStringLiteral("\r\n"));
    CHECK(lines.first() == QStringLiteral("no;kode;program;anggaran"));
    CHECK(lines.contains(
        QStringLiteral("1;1.02.02;PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN "
                       "MASYARAKAT;225.330.000.000")));
    const QString total = IndonesianNumber::format(pk.anggaranTotal());
    CHECK(lines.contains(QStringLiteral(";;Jumlah;") + total));
}

TEST_CASE("A PK lampiran workbook has number cells for numbers and text cells for grades",
          "[export]")
{
    const Cascade cascade = SampleWorkspace::load();
    const PkDocument &pk = pkById(cascade, kepalaDaerahPk);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pk-2026.xlsx"));
    REQUIRE(XlsxWriter::write(path, SpreadsheetExport::pkLampiran(cascade, pk)));
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".part")));

    const XlsxSheet sasaran = XlsxSheet::read(path, 1);
    CHECK(sasaran.cell(QStringLiteral("A1")).value.contains(QStringLiteral("Tahun 2026")));
    CHECK(sasaran.cell(QStringLiteral("A1")).value.contains(QStringLiteral("Deli Serdang")));
    const QStringList headers {QStringLiteral("no"),
                               QStringLiteral("sasaran"),
                               QStringLiteral("indikator"),
                               QStringLiteral("satuan"),
                               QStringLiteral("target_2026")};
    for (qsizetype column = 0; column < headers.size(); ++column) {
        const XlsxSheet::Cell header
            = sasaran.cell(QChar(char16_t(u'A' + column)) + QStringLiteral("2"));
        CHECK_FALSE(header.isNumber);
        CHECK(header.value == headers[column]);
    }
    // Row 3 is the first indicator: Usia Harapan Hidup, 72,98 tahun.
    CHECK(sasaran.cell(QStringLiteral("C3")).value == QStringLiteral("Usia Harapan Hidup"));
    CHECK(sasaran.cell(QStringLiteral("D3")).value == QStringLiteral("tahun"));
    const XlsxSheet::Cell uhh = sasaran.cell(QStringLiteral("E3"));
    CHECK(uhh.isNumber);
    CHECK(uhh.value == QStringLiteral("72.98"));
    CHECK(uhh.numberFormat == QStringLiteral("#,##0.00"));

    int numbers = 0;
    QStringList texts;
    for (int row = 3; sasaran.cells.contains(QStringLiteral("C%1").arg(row)); ++row) {
        const XlsxSheet::Cell target = sasaran.cell(QStringLiteral("E%1").arg(row));
        if (target.isNumber)
            ++numbers;
        else
            texts.append(target.value);
    }
    CHECK(numbers == 9);
    CHECK(texts == QStringList {QStringLiteral("BB"), QStringLiteral("WTP")});
    // Frozen below the header, with a filter on it.
    CHECK(sasaran.sheetXml.contains(QStringLiteral("topLeftCell=\"A3\"")));
    CHECK(sasaran.sheetXml.contains(QStringLiteral("state=\"frozen\"")));
    CHECK(sasaran.sheetXml.contains(QStringLiteral("<autoFilter ref=\"A2:E13\"")));
    CHECK(sasaran.sheetXml.contains(QStringLiteral("<cols>")));

    const XlsxSheet programs = XlsxSheet::read(path, 2);
    const XlsxSheet::Cell first = programs.cell(QStringLiteral("D3"));
    CHECK(first.isNumber);
    CHECK(first.value == QStringLiteral("225330000000"));
    CHECK(first.numberFormat == QStringLiteral("\"Rp\" #,##0"));
    const int totalRow = 3 + int(pk.programs.size());
    CHECK(programs.cell(QStringLiteral("C%1").arg(totalRow)).value == QStringLiteral("Jumlah"));
    const XlsxSheet::Cell total = programs.cell(QStringLiteral("D%1").arg(totalRow));
    CHECK(total.isNumber);
    CHECK(total.value == pk.anggaranTotal().toCanonical());
}

TEST_CASE("A Renstra workbook keeps words as text and puts each pagu once", "[export]")
{
    const Cascade cascade = SampleWorkspace::load();
    const Opd &dinkes = cascade.opds().first();
    const SheetTable table = SpreadsheetExport::renstra(cascade, dinkes);
    const auto columnOf = [&table](const char *name) {
        for (int column = 1; column <= table.columnCount(); ++column) {
            if (table.text(1, column) == QLatin1String(name))
                return column;
        }
        return 0;
    };
    const int pagu2026 = columnOf("pagu_2026");
    const int kode = columnOf("kode");
    REQUIRE(pagu2026 > 0);
    // Every pagu of the Renstra appears once, on the first row of its item.
    Decimal inTable;
    for (int row = 2; row <= table.rowCount(); ++row) {
        if (table.cell(row, pagu2026).isNumber())
            inTable = inTable + table.cell(row, pagu2026).number;
    }
    Decimal inCascade;
    QList<qint64> pending = cascade.childItems(dinkes.id);
    while (!pending.isEmpty()) {
        const PlanItem *item = cascade.item(pending.takeFirst());
        inCascade = inCascade + item->pagu.value(2026);
        pending += cascade.childItems(item->id);
    }
    CHECK(inTable == inCascade);
    CHECK_FALSE(inTable.isZero());
    // A code such as "1.02.01" stays text, never a number a spreadsheet would reformat.
    int codes = 0;
    for (int row = 2; row <= table.rowCount(); ++row) {
        if (table.cell(row, kode).isEmpty())
            continue;
        ++codes;
        CHECK(table.cell(row, kode).kind == SheetCell::Kind::Text);
    }
    CHECK(codes > 0);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("renstra.xlsx"));
    REQUIRE(XlsxWriter::write(path, {table}));
    const XlsxSheet sheet = XlsxSheet::read(path, 1);
    CHECK(sheet.cell(QStringLiteral("A1")).value.contains(QStringLiteral("2025–2029")));
    CHECK(sheet.cell(QStringLiteral("A1")).value.contains(dinkes.name));
    int rupiahCells = 0;
    for (const XlsxSheet::Cell &cell : sheet.cells)
        rupiahCells += cell.isNumber && cell.numberFormat.startsWith(QStringLiteral("\"Rp\""));
    CHECK(rupiahCells > 0);
}

TEST_CASE("A target is a number cell only when no part of it would be lost", "[export]")
{
    const auto cell = [](const char *text, const char *satuan) {
        return SheetCell::ofTarget(TargetValue::parse(QString::fromUtf8(text)),
                                   QString::fromUtf8(satuan));
    };
    CHECK(cell("72,98", "tahun").kind == SheetCell::Kind::Number);
    CHECK(cell("85 %", "%").kind == SheetCell::Kind::Number);
    CHECK(cell("85 %", "%").displayText() == QStringLiteral("85 %"));
    CHECK(cell("1.350.000", "kunjungan").number == Decimal::fromInt(1350000));
    CHECK(cell("WTP", "predikat").kind == SheetCell::Kind::Text);
    CHECK(cell("70 s.d. 85", "%").kind == SheetCell::Kind::Text);
    CHECK(cell("≤ 10", "menit").kind == SheetCell::Kind::Text);
    CHECK(cell("10 hari", "menit").kind == SheetCell::Kind::Text);
    CHECK(cell("45,2 % (Perdesaan)", "%").kind == SheetCell::Kind::Text);
    CHECK(cell("Meningkat", "%").kind == SheetCell::Kind::Text);
    CHECK(cell("", "%").isEmpty());
}

TEST_CASE("Exporting to a folder that does not exist fails and names the file", "[export]")
{
    const Cascade cascade = SampleWorkspace::load();
    QTemporaryDir dir;
    const QString table = dir.filePath(QStringLiteral("missing/pk.xlsx"));
    const auto xlsx = SheetFile::write(
        table, SpreadsheetExport::pkLampiran(cascade, pkById(cascade, dinkesPk)));
    REQUIRE_FALSE(xlsx);
    CHECK(xlsx.error().file == table);
    CHECK(xlsx.error().message.contains(table));
    const QString csv = dir.filePath(QStringLiteral("missing/pk.csv"));
    const auto written
        = SheetFile::write(csv, SpreadsheetExport::pkLampiran(cascade, pkById(cascade, dinkesPk)));
    REQUIRE_FALSE(written);
    CHECK(written.error().message.contains(csv));
    const auto wrongType = SheetFile::write(dir.filePath(QStringLiteral("pk.ods")), {});
    REQUIRE_FALSE(wrongType);
    CHECK(wrongType.error().message.contains(QStringLiteral(".xlsx")));
}
