#include "sheet/SheetFile.h"

#include "base/InputFile.h"
#include "sheet/CsvReader.h"
#include "sheet/CsvWriter.h"
#include "sheet/XlsxReader.h"
#include "sheet/XlsxWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Tepat {

bool SheetFile::isWorkbook(const QString &path)
{
    // Only a regular file is opened: opening a named pipe would wait for a writer.
    QFile file(path);
    return QFileInfo(path).isFile() && file.open(QIODevice::ReadOnly)
        && file.read(4) == QByteArray("PK\x03\x04");
}

Result<QStringList> SheetFile::sheetNames(const QString &path)
{
    if (!isWorkbook(path) && QFileInfo::exists(path))
        return QStringList {QString()};
    const Result<XlsxReader> workbook = XlsxReader::open(path);
    if (!workbook)
        return fail(workbook.error());
    return workbook->sheetNames();
}

Result<SheetTable> SheetFile::read(const QString &path, const QString &sheetName)
{
    if (isWorkbook(path)) {
        const Result<XlsxReader> workbook = XlsxReader::open(path);
        if (!workbook)
            return fail(workbook.error());
        return sheetName.isEmpty() ? workbook->readSheet(0) : workbook->readSheet(sheetName);
    }
    const Result<QByteArray> bytes = InputFile::read(path, CsvReader::maxFileSize);
    if (!bytes)
        return fail(bytes.error());
    return CsvReader::readTable(*bytes, path);
}

std::optional<SheetFile::Type> SheetFile::typeOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        return Type::Xlsx;
    if (suffix == QLatin1String("csv"))
        return Type::Csv;
    return std::nullopt;
}

Result<QStringList> SheetFile::write(const QString &path, const QList<SheetTable> &tables)
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
    for (const SheetTable &table : tables) {
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
