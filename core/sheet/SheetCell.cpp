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

SheetCell SheetCell::ofNumber(const Decimal &number)
{
    SheetCell cell;
    cell.kind = Kind::Number;
    cell.number = number;
    return cell;
}

SheetCell SheetCell::ofRupiah(const Decimal &amount)
{
    SheetCell cell = ofNumber(amount);
    cell.format = NumberFormat::Rupiah;
    return cell;
}

SheetCell SheetCell::ofTarget(const TargetValue &value, const QString &satuan)
{
    const bool plainNumber = value.kind() == TargetValue::Kind::Number
        && value.qualifier().isEmpty()
        && (value.unit().isEmpty()
            || value.unit().compare(satuan.trimmed(), Qt::CaseInsensitive) == 0);
    if (!plainNumber)
        return fromText(value.toString());
    SheetCell cell = ofNumber(value.number());
    // The text keeps the unit, so that a CSV cell read back gives the same TargetValue.
    if (const QString written = value.toString(); written != cell.displayText())
        cell.text = written;
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
        if (!text.isEmpty())
            return text;
        return format == NumberFormat::Percent ? IndonesianNumber::formatPercent(number)
                                               : IndonesianNumber::format(number);
    case Kind::Boolean:
        return number.isZero() ? QStringLiteral("FALSE") : QStringLiteral("TRUE");
    case Kind::Date:
        return IndonesianDate::format(date);
    }
    return {};
}

} // namespace Tepat
