#pragma once

#include "base/Result.h"
#include "sheet/SheetTable.h"

#include <QCoreApplication>

namespace Tepat {

// Writes a table as the CSV an Indonesian spreadsheet user opens with a double click: UTF-8 with a
// byte order mark and `;` between cells. Excel takes the separator from the Windows region
// settings, and Indonesia's list separator is `;` because `,` is its decimal mark; a file with
// `,` opens there as one column. The BOM is what makes Excel read UTF-8 instead of the ANSI code
// page, so "≤" and "–" survive. The header is the first row (no title, no "sep=;" line: Excel
// ignores the BOM when that line is present), which is what IndicatorSheetReader expects, so an
// exported indicator table can be given to `tepat-cli check` as it is. A cell that a spreadsheet
// would run as a formula is written as text (FormulaGuard).
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::CsvWriter)

public:
    static QByteArray toCsv(const SheetTable &table);
    // Atomic: an interrupted export leaves the previous file intact.
    static Result<void> write(const QString &path, const SheetTable &table);
};

} // namespace Tepat
