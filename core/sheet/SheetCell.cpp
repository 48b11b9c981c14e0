#include "sheet/SheetCell.h"

#include "values/IndonesianDate.h"
#include "values/IndonesianNumber.h"

namespace Tepat {

SheetCell SheetCell::fromText(const QString &text)
{
    SheetCell cell;
    if (!text.isEmpty()) {
        cell.kind = Kind::Text;
        cell.text = text;
    }
    return cell;
}

QString SheetCell::displayText() const
{
    switch (kind) {
    case Kind::Empty:
        return {};
    case Kind::Text:
    case Kind::Error:
        return text;
    case Kind::Number:
        return percent ? IndonesianNumber::formatPercent(number) : IndonesianNumber::format(number);
    case Kind::Boolean:
        return number.isZero() ? QStringLiteral("FALSE") : QStringLiteral("TRUE");
    case Kind::Date:
        return IndonesianDate::format(date);
    }
    return {};
}

} // namespace Tepat
