#pragma once

#include "report/Report.h"
#include "sheet/SheetTable.h"

namespace Tepat {

// Reports as the sheets of one workbook: a sheet per table, its title the report's title and
// the table's heading, the column names in its first row, the cells as typed (a number stays a
// number cell), and each spanning cell merged over the rows of its group. Sheet names are made
// unique within the workbook, within Excel's 31 characters.
class ReportSheets
{
public:
    static QList<SheetTable> of(const QList<Report> &reports);
};

} // namespace Tepat
