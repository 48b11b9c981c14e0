#pragma once

#include "base/Result.h"
#include "sheet/SheetTable.h"
#include "sheet/XlsxPackage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Tepat {

// Reads the sheets of an Office Open XML workbook (.xlsx, as Excel, LibreOffice and Google Sheets
// save it) into SheetTables: the zip through libzip, each XML part through QXmlStreamReader. It
// reads values as the program showed them: shared and inline strings (rich text runs joined),
// numbers, booleans, error codes, dates (numbers whose format has date codes; 1900 and 1904 date
// systems) and percentages, and it records merged ranges.
//
// A workbook is untrusted input: every part is read with the size limits of XlsxPackage, and a
// sheet may hold at most maxCells non-empty cells, which bounds the memory of the table built
// from it.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::XlsxReader)

public:
    static constexpr qint64 maxFileSize = 64 * 1024 * 1024;
    // The limit of one sheet, which SheetFile applies to a CSV file too.
    static constexpr qint64 maxPartSize = XlsxPackage::maxPartSize;
    static constexpr int maxCells = 1'000'000;

    static Result<XlsxReader> open(const QString &path);
    // fileName names the workbook in messages.
    static Result<XlsxReader> fromBytes(const QByteArray &bytes, const QString &fileName);

    const QString &fileName() const { return m_fileName; }
    const QStringList &sheetNames() const { return m_sheetNames; }
    // By name as the tab shows it, or by position from 0.
    Result<SheetTable> readSheet(const QString &name) const;
    Result<SheetTable> readSheet(int index) const;

    struct CellStyle
    {
        bool date = false;
        bool percent = false;
    };

private:
    QByteArray m_bytes;
    QString m_fileName;
    QStringList m_sheetNames;
    QStringList m_sheetParts;
    QStringList m_sharedStrings;
    QList<CellStyle> m_styles;
    bool m_date1904 = false;
};

} // namespace Tepat
