#pragma once

#include "base/Result.h"
#include "sheet/SheetTable.h"

#include <QCoreApplication>

namespace Tepat {

// Writes tables as an Excel workbook (.xlsx, Office Open XML) with Debian's libxlsxwriter, one
// sheet per table: the title in row 1, the table's first row (its column names) in row 2, frozen
// and with a filter, the table's other rows below, with its merged ranges (a sasaran over its
// indicators). Quantities are number cells with a number format, so that the sheet can sum them;
// everything else is text. Columns are as wide as their content, up to a limit beyond which text
// wraps.
class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::XlsxWriter)

public:
    static constexpr int titleRow = 0;
    static constexpr int headerRow = 1;
    static constexpr int firstDataRow = 2;

    // Atomic: the workbook is written in a private temporary folder and put in place whole.
    // Fails, naming the cell, when a text is longer than an Excel cell holds (32 767
    // characters), rather than leave it out.
    static Result<void> write(const QString &path, const QList<SheetTable> &tables);
};

} // namespace Tepat
