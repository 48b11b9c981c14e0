#pragma once

#include "sheet/SpreadsheetCell.h"

#include <QList>
#include <QStringList>

namespace Tepat {

// One exported table: a sheet of a workbook, or one CSV file. The headers are the column names
// `tepat-cli check` and the sheet importers read (`sasaran`, `indikator`, `satuan`,
// `target_<year>`, …, docs/checks.md), so an exported table can be checked or imported again.
// Invariant: every row has one cell per header.
struct SpreadsheetTable
{
    QString sheetName;  // at most 31 characters, none of []:*?/\ (Excel's limits)
    QString fileSuffix; // a CSV file of a second table: "program" gives NAME-program.csv
    QString title;      // the workbook's first row: what, whose, which year
    QStringList headers;
    QList<QList<SpreadsheetCell>> rows;
};

} // namespace Tepat
