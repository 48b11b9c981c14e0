#pragma once

#include "base/Result.h"
#include "sheet/SheetTable.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace Tepat {

// A spreadsheet file. Read: whatever the user hands in, an .xlsx workbook (one of its sheets) or a
// CSV file (UTF-8 or Windows-1252, ";" or ","), told apart by content, not by name. Written: the
// type the path names, a workbook with one sheet per table (XlsxWriter) or CSV (CsvWriter); a CSV
// file holds one table, so the tables after the first go to files named after it with the
// table's suffix: pk-2026.csv and pk-2026-program.csv.
class SheetFile
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::SheetFile)

public:
    enum class Type { Xlsx, Csv };

    static bool isWorkbook(const QString &path);
    // The sheet names of a workbook; one empty name for a CSV file.
    static Result<QStringList> sheetNames(const QString &path);
    // An empty sheetName takes the first sheet.
    static Result<SheetTable> read(const QString &path, const QString &sheetName = {});

    // The type a written file gets, by the extension, case-insensitively; nothing for any other.
    static std::optional<Type> typeOf(const QString &path);
    // The paths written, the one given first.
    static Result<QStringList> write(const QString &path, const QList<SheetTable> &tables);
};

} // namespace Tepat
