#pragma once

#include <QString>

namespace Tepat {

// CSV injection (OWASP): a spreadsheet opening a CSV file runs a cell that starts with "=", "+",
// "-", "@", a tab or a carriage return as a formula, and a formula can start a program. Tepat
// writes such a cell with an apostrophe in front, which spreadsheets take to mean "text", and
// takes the apostrophe off again when it reads a CSV file, so the cell reads back as it was. A
// plain number ("-12,5", "-5 %") stays as it is, so that it still reads as a number.
class FormulaGuard
{
public:
    static QString guarded(const QString &cell);
    static QString unguarded(const QString &cell);
};

} // namespace Tepat
