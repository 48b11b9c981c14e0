#include "sheet/FormulaGuard.h"

#include <QRegularExpression>

namespace Tepat {

namespace {

bool startsFormula(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// A number as Tepat writes it, Indonesian style, with an optional percent sign: a spreadsheet
// reads it as a number, never as a formula.
bool isPlainNumber(const QString &cell)
{
    static const QRegularExpression number(QStringLiteral("^-?\\d[\\d.]*(,\\d+)?( ?%)?$"));
    return number.match(cell).hasMatch();
}

} // namespace

QString FormulaGuard::guarded(const QString &cell)
{
    if (cell.isEmpty() || !startsFormula(cell.front()) || isPlainNumber(cell))
        return cell;
    return u'\'' + cell;
}

QString FormulaGuard::unguarded(const QString &cell)
{
    // CsvReader gives a line break inside a cell as "\n", whichever one the file holds: a guarded
    // carriage return comes back as one.
    if (cell.size() >= 2 && cell.front() == u'\'' && (startsFormula(cell[1]) || cell[1] == u'\n'))
        return cell.mid(1);
    return cell;
}

} // namespace Tepat
