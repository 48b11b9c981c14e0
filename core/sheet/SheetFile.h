#pragma once

#include "base/Result.h"
#include "sheet/SheetTable.h"

#include <QCoreApplication>
#include <QStringList>

namespace Tepat {

// Opens a spreadsheet file the user hands in, whatever its kind: an .xlsx workbook (one of its
// sheets) or a CSV file (UTF-8 or Windows-1252, ";" or ","), told apart by content, not by name.
class SheetFile
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::SheetFile)

public:
    static bool isWorkbook(const QString &path);
    // The sheet names of a workbook; one empty name for a CSV file.
    static Result<QStringList> sheetNames(const QString &path);
    // An empty sheetName takes the first sheet.
    static Result<SheetTable> read(const QString &path, const QString &sheetName = {});
};

} // namespace Tepat
