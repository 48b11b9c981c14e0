#include "sheet/XlsxReader.h"

#include "sheet/SheetFile.h"
#include "support/QtStringMakers.h"
#include "support/TestFiles.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Tepat;
using Tepat::TestFiles::writeZip;

namespace {

QByteArray relationships(const QByteArray &type, const QByteArray &target)
{
    return "<?xml version=\"1.0\"?><Relationships "
           "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
           "<Relationship Id=\"rId1\" "
           "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        + type + "\" Target=\"" + target + "\"/></Relationships>";
}

const QByteArray workbookXml(
    "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
    "<sheets><sheet name=\"IKU\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
const QByteArray sheetXml("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is>"
                          "<t>indikator</t></is></c></row></sheetData></worksheet>");

} // namespace

TEST_CASE("A relationship that climbs out of the package is damage, not a crash", "[XlsxReader]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("naik.xlsx"));
    SECTION("the package's own relationships")
    {
        writeZip(path,
                 {{QStringLiteral("_rels/.rels"),
                   relationships("officeDocument", "../../../../xl/workbook.xml")},
                  {QStringLiteral("xl/workbook.xml"), workbookXml}});
    }
    SECTION("the workbook's relationships")
    {
        writeZip(path,
                 {{QStringLiteral("xl/workbook.xml"), workbookXml},
                  {QStringLiteral("xl/_rels/workbook.xml.rels"),
                   relationships("worksheet", "../../../sheet1.xml")},
                  {QStringLiteral("xl/worksheets/sheet1.xml"), sheetXml}});
    }
    const Result<SheetTable> table = SheetFile::read(path);
    REQUIRE_FALSE(table);
    CHECK(table.error().code == Error::Code::Corrupt);
    CHECK(table.error().file == path);
    CHECK(table.error().message.contains(QStringLiteral("outside the workbook")));
}

TEST_CASE("A part larger than its zip directory says is refused with a sentence that makes sense",
          "[XlsxReader]")
{
    // The directory's size of a part is patched down after writing; inflating then yields more
    // than it promised, which a zip bomb does on purpose.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bohong.xlsx"));
    QByteArray big = sheetXml;
    big.insert(big.indexOf("</sheetData>"), QByteArray(4096, ' '));
    writeZip(path,
             {{QStringLiteral("xl/workbook.xml"), workbookXml},
              {QStringLiteral("xl/_rels/workbook.xml.rels"),
               relationships("worksheet", "worksheets/sheet1.xml")},
              {QStringLiteral("xl/worksheets/sheet1.xml"), big}});
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    const QByteArray name("xl/worksheets/sheet1.xml");
    // The uncompressed size is at offset 22 of a local header and 24 of a central directory
    // entry; the name follows at 30 and 46.
    for (qsizetype at = bytes.indexOf(name); at >= 0; at = bytes.indexOf(name, at + 1)) {
        const qsizetype sizeField
            = bytes.mid(at - 46, 4) == "PK\x01\x02" ? at - 46 + 24 : at - 30 + 22;
        const char small[4] = {100, 0, 0, 0};
        bytes.replace(sizeField, 4, small, 4);
    }
    REQUIRE(file.seek(0));
    REQUIRE(file.write(bytes) == bytes.size());
    file.close();

    const Result<SheetTable> table = SheetFile::read(path);
    REQUIRE_FALSE(table);
    CHECK(table.error().message.contains(QStringLiteral("xl/worksheets/sheet1.xml")));
    CHECK_FALSE(table.error().message.contains(QStringLiteral(" 0 MB")));
}
