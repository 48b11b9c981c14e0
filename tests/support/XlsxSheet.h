#pragma once

#include <QHash>
#include <QString>

namespace Tepat {

// One worksheet of an .xlsx file as the file stores it, read with unzip(1) and
// QXmlStreamReader: whether each cell is a number or a string, and the number format of its
// style. Tests use it to check what a spreadsheet program will see, without one.
struct XlsxSheet
{
    struct Cell
    {
        bool isNumber = false;
        QString value;        // the number as written ("72.98"), or the string
        QString numberFormat; // the format code of the cell's style; empty for General
    };

    // sheetNumber is 1-based, in the order the sheets were added.
    static XlsxSheet read(const QString &xlsxPath, int sheetNumber);

    QHash<QString, Cell> cells; // by reference: "A1", "E3"
    QString sheetXml;           // for properties no reader here looks at (panes, columns)

    Cell cell(const QString &reference) const { return cells.value(reference); }
};

} // namespace Tepat
