#pragma once

#include "base/Result.h"
#include "sheet/SpreadsheetTable.h"

#include <QCoreApplication>

#include <optional>

namespace Tepat {

// Writes exported tables to the file type the path names: a workbook (.xlsx) with one sheet per
// table, or CSV. A CSV file holds one table, so the tables after the first go to files named after
// it with the table's suffix: pk-2026.csv and pk-2026-program.csv.
class SpreadsheetFile
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::SpreadsheetFile)

public:
    enum class Type { Xlsx, Csv };

    // By the extension, case-insensitively; nothing for any other name.
    static std::optional<Type> typeOf(const QString &path);
    // The paths written, the one given first.
    static Result<QStringList> write(const QString &path, const QList<SpreadsheetTable> &tables);
};

} // namespace Tepat
