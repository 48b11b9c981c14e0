#include "sheet/SpreadsheetFile.h"

#include "sheet/CsvWriter.h"
#include "sheet/XlsxWriter.h"

#include <QDir>
#include <QFileInfo>

namespace Tepat {

std::optional<SpreadsheetFile::Type> SpreadsheetFile::typeOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        return Type::Xlsx;
    if (suffix == QLatin1String("csv"))
        return Type::Csv;
    return std::nullopt;
}

Result<QStringList> SpreadsheetFile::write(const QString &path,
                                           const QList<SpreadsheetTable> &tables)
{
    const std::optional<Type> type = typeOf(path);
    if (!type) {
        return fail(Error(Error::Code::Invalid,
                          tr("%1: a spreadsheet export is written as .xlsx or .csv.").arg(path),
                          path));
    }
    if (*type == Type::Xlsx) {
        if (Result<void> written = XlsxWriter::write(path, tables); !written)
            return fail(written.error());
        return QStringList {path};
    }
    QStringList paths;
    const QFileInfo info(path);
    for (const SpreadsheetTable &table : tables) {
        const QString tablePath = paths.isEmpty()
            ? path
            : info.dir().filePath(
                QStringLiteral("%1-%2.%3")
                    .arg(info.completeBaseName(), table.fileSuffix, info.suffix()));
        if (Result<void> written = CsvWriter::write(tablePath, table); !written)
            return fail(written.error());
        paths.append(tablePath);
    }
    return paths;
}

} // namespace Tepat
