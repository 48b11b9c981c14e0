#include "sheet/CsvWriter.h"

#include "check/IndicatorSheetReader.h"
#include "sheet/CsvReader.h"
#include "support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

// Every character a spreadsheet takes as the start of a formula (OWASP, CSV injection).
const QStringList formulas {
    QStringLiteral("=HYPERLINK(\"http://contoh.invalid\";\"klik\")"),
    QStringLiteral("+62 812 3456"),
    QStringLiteral("-2+3+cmd|' /C calc'!A0"),
    QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0"),
    QStringLiteral("\t=1+1"),
    QStringLiteral("\r=1+1"),
};

} // namespace

TEST_CASE("A CSV cell that a spreadsheet would run as a formula is written as text", "[CsvWriter]")
{
    SheetTable table;
    table.appendRow(QStringList {QStringLiteral("indikator"), QStringLiteral("target")});
    for (const QString &formula : formulas)
        table.appendRow(QList<SheetCell> {SheetCell::fromText(formula), SheetCell()});
    const QString csv = QString::fromUtf8(CsvWriter::toCsv(table));
    for (const QString &formula : formulas) {
        INFO(formula.toStdString());
        // Quoted, with quotes inside doubled (RFC 4180).
        CHECK(
            csv.contains(QStringLiteral("\"'")
                         + QString(formula).replace(QStringLiteral("\""), QStringLiteral("\"\""))));
        CHECK_FALSE(csv.contains(QStringLiteral("\n") + formula));
        CHECK_FALSE(csv.contains(QStringLiteral("\n\"") + formula));
    }
}

TEST_CASE("A negative number stays a number in CSV, and every cell reads back as it was written",
          "[CsvWriter]")
{
    SheetTable table;
    table.appendRow(QStringList {QStringLiteral("indikator"), QStringLiteral("target_2026")});
    table.appendRow(QList<SheetCell> {SheetCell::fromText(QStringLiteral("Laju inflasi")),
                                      SheetCell::ofNumber(*Decimal::fromCanonical(u"-1.5"))});
    table.appendRow(QList<SheetCell> {
        SheetCell::fromText(QStringLiteral("Pertumbuhan")),
        SheetCell::ofTarget(TargetValue::parse(QStringLiteral("-5 %")), QStringLiteral("%"))});
    for (const QString &formula : formulas)
        table.appendRow(QList<SheetCell> {SheetCell::fromText(formula),
                                          SheetCell::fromText(QStringLiteral("-"))});
    const QByteArray csv = CsvWriter::toCsv(table);
    CHECK(csv.contains("\r\nLaju inflasi;-1,5\r\n"));
    CHECK(csv.contains("\r\nPertumbuhan;-5 %\r\n"));

    const Result<SheetTable> read = CsvReader::readTable(csv, QStringLiteral("ekspor.csv"));
    REQUIRE(read);
    for (int row = 1; row <= table.rowCount(); ++row) {
        for (int column = 1; column <= table.columnCount(); ++column) {
            INFO("row " << row << ", column " << column);
            // A line break inside a cell reads back as "\n", whatever the file holds.
            QString written = table.cell(row, column).displayText();
            written.replace(u'\r', u'\n');
            CHECK(read->cell(row, column).displayText() == written);
        }
    }
    // tepat-cli check reads the exported table: the texts as they were, -1,5 as a number.
    const Result<QList<IndicatorSheet>> sheets
        = IndicatorSheetReader::parse(csv, QStringLiteral("e.csv"));
    REQUIRE(sheets);
    REQUIRE(sheets->size() == 1);
    const IndicatorSheet *sheet = &sheets->first();
    REQUIRE(sheet->rows.size() == 2 + formulas.size());
    CHECK(sheet->rows[0].indicator.targets.value(2026).toString() == QStringLiteral("-1,5"));
    for (qsizetype i = 0; i < formulas.size(); ++i)
        CHECK(sheet->rows[2 + i].indicator.text == formulas[i].trimmed());
}
