#include "check/IndicatorSheetReader.h"
#include "document/WorkspaceDocument.h"
#include "document/commands/ImportSheetCommand.h"
#include "import/ImportPlan.h"
#include "import/TitleTarget.h"
#include "sheet/LayoutGuesser.h"
#include "sheet/SheetFile.h"
#include "sheet/XlsxReader.h"
#include "support/QtStringMakers.h"
#include "support/SampleWorkspace.h"
#include "support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace Tepat;
using Tepat::TestFiles::writeZip;

namespace {

QString workbook(const char *name)
{
    return QStringLiteral(TEPAT_IMPORT_WORKBOOKS "/%1").arg(QLatin1String(name));
}

SheetTable readTable(const char *name, const QString &sheet = {})
{
    const Result<SheetTable> table = SheetFile::read(workbook(name), sheet);
    if (!table)
        FAIL(table.error().message.toStdString());
    return *table;
}

const QByteArray workbookXml(
    "<?xml version=\"1.0\"?><workbook "
    "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
    "<sheet name=\"IKU\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
const QByteArray workbookRels(
    "<?xml version=\"1.0\"?><Relationships "
    "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
    "Target=\"worksheets/sheet1.xml\"/></Relationships>");

std::unique_ptr<WorkspaceDocument> sampleDocument()
{
    return WorkspaceDocument::create(SampleWorkspace::load());
}

qint64 firstOpd(const WorkspaceDocument &document)
{
    return document.cascade().opds().first().id;
}

} // namespace

TEST_CASE("A Renstra workbook with a title block, two-row header and merged cells maps its columns",
          "[Import]")
{
    const SheetTable table = readTable("renstra-dinkes.xlsx");
    CHECK(table.sheetName == QStringLiteral("Renstra"));
    const ColumnMapping mapping = LayoutGuesser::guess(table);
    CHECK(mapping.headerTop == 4);
    CHECK(mapping.headerBottom == 5);
    CHECK(mapping.firstDataRow == 7); // after the "(1) (2) …" row
    const auto role = [&](int column) { return mapping.column(column)->role; };
    CHECK(role(1) == ColumnRole::Nomor);
    CHECK(role(2) == ColumnRole::Sasaran);
    CHECK(role(3) == ColumnRole::Kode);
    CHECK(role(4) == ColumnRole::ProgramKegiatan);
    CHECK(role(5) == ColumnRole::Indikator);
    CHECK(role(6) == ColumnRole::Satuan);
    CHECK(role(7) == ColumnRole::Baseline);
    CHECK(role(8) == ColumnRole::Target);
    CHECK(mapping.column(8)->year == 2025);
    CHECK(mapping.column(9)->year == 2026);
    CHECK(role(10) == ColumnRole::Pagu);
    CHECK(mapping.column(11)->year == 2026);

    const Result<ColumnMapping> again = ColumnMapping::fromJson(mapping.toJson());
    REQUIRE(again);
    CHECK(*again == mapping);
}

TEST_CASE("Importing a Renstra workbook builds sasaran, program, kegiatan and sub kegiatan with "
          "pagu and targets, as one undo step",
          "[Import]")
{
    const SheetTable table = readTable("renstra-dinkes.xlsx");
    const ImportPlan plan = ImportPlan::build(table, LayoutGuesser::guess(table));
    REQUIRE(plan.problems.isEmpty());
    REQUIRE(plan.nodes.size() == 4);
    CHECK(plan.nodes[0].kind == ImportPlan::NodeKind::Sasaran);
    CHECK(plan.nodes[1].kind == ImportPlan::NodeKind::Program);
    CHECK(plan.nodes[1].code == QStringLiteral("1.02.02"));
    CHECK(plan.nodes[1].pagu.value(2025) == Decimal::fromInt(1250000000));
    CHECK(plan.nodes[2].kind == ImportPlan::NodeKind::Kegiatan);
    CHECK(plan.nodes[2].parent == 1);
    CHECK(plan.nodes[3].kind == ImportPlan::NodeKind::SubKegiatan);
    REQUIRE(plan.indicators.size() == 4);
    CHECK(plan.indicators[0].owner == 0);
    CHECK(plan.indicators[0].indicator.baseline.toString() == QStringLiteral("120"));
    CHECK(plan.indicators[1].indicator.target(2026).toString() == QStringLiteral("80,5"));
    CHECK(plan.indicators[3].owner == 3);

    auto document = sampleDocument();
    const Cascade before = document->cascade();
    const qint64 opd = firstOpd(*document);
    auto command = ImportSheetCommand::create(document.get(),
                                              plan,
                                              {ImportSheetCommand::TargetKind::Renstra, opd},
                                              QStringLiteral("Renstra"));
    REQUIRE(command);
    document->undoStack()->push(command->release());
    const Cascade &after = document->cascade();
    CHECK(after.itemCount() == before.itemCount() + 4);
    CHECK(after.indicatorCount() == before.indicatorCount() + 4);
    bool found = false;
    QList<qint64> pending = after.childItems(opd);
    while (!pending.isEmpty()) {
        const PlanItem *item = after.item(pending.takeFirst());
        pending += after.childItems(item->id);
        if (item->code == QStringLiteral("1.02.02.2.01.0001")) {
            found = true;
            CHECK(item->kind == PlanItem::Kind::SubKegiatan);
            CHECK(after.item(item->parentId)->code == QStringLiteral("1.02.02.2.01"));
            CHECK(after.opdOf(*item) == opd);
        }
    }
    CHECK(found);
    CHECK(document->undoStack()->count() == 1);
    document->undoStack()->undo();
    CHECK(document->cascade() == before);
    document->undoStack()->redo();
    CHECK(document->cascade().indicatorCount() == before.indicatorCount() + 4);
}

TEST_CASE("An IKU workbook with inline strings carries rumus, sumber data, penanggung jawab and "
          "polaritas",
          "[Import]")
{
    const SheetTable table = readTable("iku-pemda.xlsx");
    const ImportPlan plan = ImportPlan::build(table, LayoutGuesser::guess(table));
    REQUIRE(plan.problems.isEmpty());
    REQUIRE(plan.nodes.size() == 1);
    REQUIRE(plan.indicators.size() == 2);
    const Indicator &second = plan.indicators[1].indicator;
    CHECK(second.text == QStringLiteral("Angka putus sekolah"));
    CHECK(second.sumberData == QStringLiteral("Dapodik"));
    CHECK(second.penanggungJawab == QStringLiteral("Dinas Pendidikan"));
    CHECK(second.rumus.startsWith(QStringLiteral("Jumlah putus sekolah")));
    CHECK(second.polaritas == Indicator::Polaritas::Minimize);
    CHECK(second.target(2026).toString() == QStringLiteral("1"));
    CHECK(plan.indicators[0].indicator.target(2025).toString() == QStringLiteral("9,1"));
    CHECK(plan.indicators[1].owner == 0); // the sasaran written once
}

TEST_CASE("A PK lampiran imports into a PK: sasaran rows, the year's target, program rows with "
          "anggaran",
          "[Import]")
{
    auto document = sampleDocument();
    const PkDocument pk = document->cascade().pks().first();
    const SheetTable table = readTable("pk-lampiran.xlsx");
    const ColumnMapping mapping = LayoutGuesser::guess(table);
    CHECK(mapping.headerTop == 3);
    CHECK(mapping.column(5)->role == ColumnRole::Program);
    const ImportPlan plan = ImportPlan::build(table, mapping, pk.year);
    REQUIRE(plan.problems.isEmpty());
    REQUIRE(plan.indicators.size() == 2);
    CHECK(plan.indicators[0].indicator.text
          == QStringLiteral("Persentase rumah tangga dengan akses air minum layak"));

    const Cascade before = document->cascade();
    auto command = ImportSheetCommand::create(
        document.get(), plan, {ImportSheetCommand::TargetKind::Pk, pk.id}, QStringLiteral("PK"));
    REQUIRE(command);
    document->undoStack()->push(command->release());
    const PkDocument *after = document->cascade().pk(pk.id);
    REQUIRE(after->programs.size() == pk.programs.size() + 1);
    CHECK(after->programs.last().code == QStringLiteral("1.03.03"));
    CHECK(after->programs.last().anggaran == Decimal::fromInt(2500000000));
    const qint64 sasaran = document->cascade().childItems(pk.id).last();
    CHECK(document->cascade().item(sasaran)->name
          == QStringLiteral("Meningkatnya akses air minum layak"));
    const QList<qint64> indicators = document->cascade().indicatorsOf(sasaran);
    REQUIRE(indicators.size() == 2);
    CHECK(document->cascade().indicator(indicators[1])->target(pk.year).toString()
          == QStringLiteral("1.500 SR"));
    document->undoStack()->undo();
    CHECK(document->cascade() == before);
}

TEST_CASE("Numbers stored as text with decimal commas, Rp and thousands dots read as numbers",
          "[Import]")
{
    const SheetTable table = readTable("angka-teks.xlsx");
    CHECK(table.rowCount() == 4); // the formatted empty rows below are not rows
    const ColumnMapping mapping = LayoutGuesser::guess(table);
    CHECK(mapping.column(1)->role == ColumnRole::Nomor);
    const ImportPlan plan = ImportPlan::build(table, mapping);
    REQUIRE(plan.problems.isEmpty());
    REQUIRE(plan.indicators.size() == 3);
    CHECK(plan.indicators[0].indicator.baseline.number() == *Decimal::fromCanonical(u"12.75"));
    CHECK(plan.indicators[1].indicator.target(2025).number() == Decimal::fromInt(450000000000));
    CHECK(plan.indicators[2].indicator.target(2025).number() == Decimal::fromInt(1500));
    CHECK(plan.nodes[1].pagu.value(2025) == Decimal::fromInt(1250000000));
    // Row 2 and 3 indicators belong to the program of row 2, as the sheet lays them out.
    CHECK(plan.indicators[2].owner == 1);
}

TEST_CASE("Dates, percentages, booleans and cached formula strings read as the sheet shows them",
          "[Import]")
{
    const SheetTable table = readTable("jenis-sel.xlsx");
    CHECK(table.cell(1, 1).kind == SheetCell::Kind::Date);
    CHECK(table.cell(1, 1).date == QDate(2026, 1, 12));
    CHECK(table.cell(2, 1).date == QDate(1900, 2, 1));
    CHECK(table.cell(3, 1).displayText() == QStringLiteral("85,5 %"));
    CHECK(table.cell(4, 1).displayText() == QStringLiteral("TRUE"));
    CHECK(table.cell(5, 1).displayText() == QStringLiteral("0,3"));
    CHECK(table.cell(6, 1).text == QStringLiteral("Dinas Kesehatan"));
    CHECK(table.columnCount() == 3);
    CHECK(SheetTable::cellName(7, 3) == QStringLiteral("C7"));
}

TEST_CASE("A mistyped target is reported with sheet, row and column, and nothing is imported",
          "[Import]")
{
    const SheetTable table = readTable("salah-ketik.xlsx", QStringLiteral("IKU"));
    const ImportPlan plan = ImportPlan::build(table, LayoutGuesser::guess(table));
    REQUIRE(plan.problems.size() == 1);
    CHECK(plan.problems[0].row == 3);
    CHECK(plan.problems[0].column == 5);
    CHECK(
        plan.problems[0].message
        == QStringLiteral("Sheet 'IKU', row 3, column E (Target 2026): '12,,5' is not a number."));

    auto document = sampleDocument();
    const Cascade before = document->cascade();
    const auto command
        = ImportSheetCommand::create(document.get(),
                                     plan,
                                     {ImportSheetCommand::TargetKind::Renstra, firstOpd(*document)},
                                     QStringLiteral("IKU"));
    REQUIRE_FALSE(command);
    CHECK(document->cascade() == before);
    CHECK(document->undoStack()->count() == 0);
}

TEST_CASE("A Windows-1252 CSV comes in as the same kind of table", "[Import]")
{
    const SheetTable table = readTable("iku-windows1252.csv");
    CHECK(table.sheetName.isEmpty());
    CHECK(table.text(2, 2) == QStringLiteral("Luas RTH per kapita \u2013 perkotaan"));
    CHECK(table.text(2, 3) == QStringLiteral("m\u00B2"));
    const ImportPlan plan = ImportPlan::build(table, LayoutGuesser::guess(table));
    REQUIRE(plan.problems.isEmpty());
    REQUIRE(plan.indicators.size() == 2);
    CHECK(plan.indicators[0].indicator.target(2025).toString() == QStringLiteral("9,5"));
    CHECK(plan.indicators[1].owner == 0);
}

TEST_CASE("A target column without a year is a problem unless a year is given", "[Import]")
{
    const SheetTable table = readTable("pk-lampiran.xlsx");
    const ImportPlan plan = ImportPlan::build(table, LayoutGuesser::guess(table));
    REQUIRE_FALSE(plan.problems.isEmpty());
    CHECK(plan.problems[0].message.contains(QStringLiteral("column D (Target)")));
}

TEST_CASE("Broken workbooks fail with a clear message naming the file and the part", "[Import]")
{
    QTemporaryDir dir;
    SECTION("not a zip")
    {
        const QString path = dir.filePath(QStringLiteral("teks.xlsx"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("PK\x03\x04 but not really a zip archive");
        file.close();
        const auto table = SheetFile::read(path);
        REQUIRE_FALSE(table);
        CHECK(table.error().message.contains(QStringLiteral("not a zip archive")));
        CHECK(table.error().file == path);
    }
    SECTION("zip without a worksheet")
    {
        const QString path = dir.filePath(QStringLiteral("kosong.xlsx"));
        writeZip(path, {{QStringLiteral("readme.txt"), QByteArray("hello")}});
        const auto table = SheetFile::read(path);
        REQUIRE_FALSE(table);
        CHECK(table.error().message.contains(QStringLiteral("not an Excel workbook")));
        const QString noSheets = dir.filePath(QStringLiteral("tanpa-sheet.xlsx"));
        writeZip(
            noSheets,
            {{QStringLiteral("xl/workbook.xml"), QByteArray("<workbook><sheets/></workbook>")}});
        const auto none = SheetFile::read(noSheets);
        REQUIRE_FALSE(none);
        CHECK(none.error().message.contains(QStringLiteral("has no worksheet")));
    }
    SECTION("broken shared strings")
    {
        const QString path = dir.filePath(QStringLiteral("rusak.xlsx"));
        writeZip(
            path,
            {{QStringLiteral("xl/workbook.xml"), workbookXml},
             {QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRels},
             {QStringLiteral("xl/sharedStrings.xml"),
              QByteArray("<sst><si><t>Sasaran</t></si>\n<si><t>open")},
             {QStringLiteral("xl/worksheets/sheet1.xml"),
              QByteArray("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                         "</sheetData></worksheet>")}});
        const auto table = SheetFile::read(path);
        REQUIRE_FALSE(table);
        CHECK(table.error().message.contains(QStringLiteral("xl/sharedStrings.xml")));
        CHECK(table.error().message.contains(QStringLiteral("line 2")));
    }
    SECTION("a shared string index beyond the table")
    {
        const QString path = dir.filePath(QStringLiteral("indeks.xlsx"));
        writeZip(
            path,
            {{QStringLiteral("xl/workbook.xml"), workbookXml},
             {QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRels},
             {QStringLiteral("xl/sharedStrings.xml"),
              QByteArray("<sst><si><t>Sasaran</t></si></sst>")},
             {QStringLiteral("xl/worksheets/sheet1.xml"),
              QByteArray("<worksheet><sheetData><row r=\"1\"><c r=\"B1\" t=\"s\"><v>7</v></c></row>"
                         "</sheetData></worksheet>")}});
        const auto table = SheetFile::read(path);
        REQUIRE_FALSE(table);
        CHECK(table.error().message.contains(QStringLiteral("sheet 'IKU'")));
        CHECK(table.error().message.contains(QStringLiteral("B1")));
    }
    SECTION("a 50 MB sheet")
    {
        const QString path = dir.filePath(QStringLiteral("besar.xlsx"));
        QByteArray sheet("<worksheet><sheetData>");
        const QByteArray row("<row><c t=\"inlineStr\"><is><t>Indikator yang sangat panjang "
                             "sekali</t></is></c></row>");
        while (sheet.size() < 50 * 1024 * 1024)
            sheet += row;
        sheet += "</sheetData></worksheet>";
        writeZip(path,
                 {{QStringLiteral("xl/workbook.xml"), workbookXml},
                  {QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRels},
                  {QStringLiteral("xl/worksheets/sheet1.xml"), sheet}});
        CHECK(QFileInfo(path).size() < 2 * 1024 * 1024); // it is the unpacked size that is large
        const auto table = SheetFile::read(path);
        REQUIRE_FALSE(table);
        CHECK(table.error().message.contains(QStringLiteral("too large")));
        CHECK(table.error().message.contains(QStringLiteral("xl/worksheets/sheet1.xml")));
    }
}

TEST_CASE("A workbook and its CSV twin give the checker the same rows", "[Import]")
{
    const auto fromCsv = IndicatorSheetReader::read(workbook("check-iku.csv"));
    REQUIRE(fromCsv);
    REQUIRE(fromCsv->size() == 1);
    const auto table = SheetFile::read(workbook("check-iku.xlsx"));
    REQUIRE(table);
    const auto fromXlsx = IndicatorSheetReader::fromTable(*table);
    REQUIRE(fromXlsx);
    REQUIRE(fromXlsx->size() == 1);
    const IndicatorSheet &csv = fromCsv->first();
    const IndicatorSheet &xlsx = fromXlsx->first();
    REQUIRE(xlsx.rows.size() == csv.rows.size());
    for (qsizetype i = 0; i < csv.rows.size(); ++i) {
        CHECK(xlsx.rows[i].number == csv.rows[i].number);
        CHECK(xlsx.rows[i].indicator == csv.rows[i].indicator);
        CHECK(xlsx.rows[i].sasaran == csv.rows[i].sasaran);
    }
    CHECK(xlsx.years == csv.years);
}

TEST_CASE("The title block names the OPD whose Renstra or PK the import proposes", "[Import]")
{
    const Cascade cascade = SampleWorkspace::load();
    const auto proposed
        = [&](const char *title) { return TitleTarget::of(QString::fromUtf8(title), cascade); };
    const TitleTarget::Proposal renstra
        = proposed("RENCANA STRATEGIS DINAS KESEHATAN\nKABUPATEN DELI SERDANG 2025-2029");
    CHECK(renstra.opdId == 1000);
    CHECK(renstra.pkId == 0);
    CHECK(proposed("Renstra Dinkes 2025–2029").opdId == 1000);
    CHECK(proposed("RENSTRA DINAS PERTANIAN DAN PETERNAKAN").opdId == 4000);
    const TitleTarget::Proposal pk
        = proposed("PERJANJIAN KINERJA TAHUN 2026\nKEPALA DINAS PARIWISATA");
    CHECK(pk.opdId == 2000);
    CHECK(pk.pkId == 9200);
    CHECK(proposed("PERJANJIAN KINERJA TAHUN 2031 DINAS PARIWISATA").pkId == 0);
    CHECK(proposed("RENCANA STRATEGIS BADAN KEPEGAWAIAN").opdId == 0);
    CHECK(proposed("DINAS KESEHATAN HEWANAN").opdId == 1000);
}
