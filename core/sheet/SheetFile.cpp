#include "sheet/SheetFile.h"

#include "sheet/CsvReader.h"
#include "sheet/XlsxReader.h"

#include <QFile>
#include <QFileInfo>

namespace Tepat {

bool SheetFile::isWorkbook(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(4) == QByteArray("PK\x03\x04");
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
    const QFileInfo info(path);
    if (!info.exists())
        return fail(Error(Error::Code::NotFound, tr("%1 does not exist.").arg(path), path));
    if (isWorkbook(path)) {
        const Result<XlsxReader> workbook = XlsxReader::open(path);
        if (!workbook)
            return fail(workbook.error());
        return sheetName.isEmpty() ? workbook->readSheet(0) : workbook->readSheet(sheetName);
    }
    if (info.size() > XlsxReader::maxPartSize) {
        return fail(Error(Error::Code::Invalid,
                          tr("%1 is too large to import (more than %2 MB).")
                              .arg(path, QString::number(XlsxReader::maxPartSize / (1024 * 1024))),
                          path));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(Error(
            Error::Code::Io, tr("%1 cannot be read: %2").arg(path, file.errorString()), path));
    }
    return CsvReader::readTable(file.readAll(), path);
}

} // namespace Tepat
