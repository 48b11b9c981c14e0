#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Tepat {

// Reads a block of cells as Excel and LibreOffice Calc put it on the clipboard: rows end with a
// newline (CRLF from Excel on Windows), cells are separated by tabs, and a cell holding a newline,
// a tab or a quote is quoted with doubled inner quotes. The last row's newline is not an empty
// row.
class CellPaste
{
public:
    static QList<QStringList> parse(const QString &text);
    // The values of a block pasted into a one-column year table: a row copied across (2025 …
    // 2029 side by side) is as common as a column, so a single row is read left to right and
    // anything else top to bottom, by its first column.
    static QStringList yearValues(const QList<QStringList> &cells);
};

} // namespace Tepat
