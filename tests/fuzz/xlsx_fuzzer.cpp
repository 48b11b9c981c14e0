#include "FuzzTargets.h"
#include "import/ImportPlan.h"
#include "sheet/LayoutGuesser.h"
#include "sheet/XlsxReader.h"

namespace Tepat::Fuzz {

// The whole import path on one workbook: zip, XML parts, every sheet, the layout guess and the
// plan. Invariants: an error names the workbook; a table has no cell beyond its counts; every
// problem names a row at or below the header.
int xlsx(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString fileName = QStringLiteral("fuzz.xlsx");
    const Result<XlsxReader> workbook = XlsxReader::fromBytes(bytes, fileName);
    if (!workbook) {
        require(workbook.error().message.contains(fileName), "an error names the workbook");
        return 0;
    }
    require(!workbook->sheetNames().isEmpty(), "a workbook has a sheet");
    for (int index = 0; index < workbook->sheetNames().size(); ++index) {
        const Result<SheetTable> table = workbook->readSheet(index);
        if (!table) {
            require(table.error().message.contains(fileName), "an error names the workbook");
            continue;
        }
        require(table->cell(table->rowCount() + 1, 1).isEmpty(), "no cell below the last row");
        const ColumnMapping mapping = LayoutGuesser::guess(*table);
        require(mapping.firstDataRow > mapping.headerBottom, "data starts under the header");
        const ImportPlan plan = ImportPlan::build(*table, mapping, 2026);
        for (const ImportPlan::Problem &problem : plan.problems)
            require(problem.row >= mapping.headerTop, "a problem names a row of the sheet");
    }
    return 0;
}

} // namespace Tepat::Fuzz
