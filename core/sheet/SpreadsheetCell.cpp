#include "sheet/SpreadsheetCell.h"

#include "values/IndonesianNumber.h"

namespace Tepat {

SpreadsheetCell SpreadsheetCell::ofText(const QString &text)
{
    return {Format::Text, text, {}};
}

SpreadsheetCell SpreadsheetCell::ofNumber(const Decimal &number)
{
    return {Format::Number, IndonesianNumber::format(number), number};
}

SpreadsheetCell SpreadsheetCell::ofRupiah(const Decimal &amount)
{
    // Without "Rp": a spreadsheet opening the CSV then reads the amount as a number.
    return {Format::Rupiah, IndonesianNumber::format(amount), amount};
}

SpreadsheetCell SpreadsheetCell::ofTarget(const TargetValue &value, const QString &satuan)
{
    const bool plainNumber = value.kind() == TargetValue::Kind::Number
        && value.qualifier().isEmpty()
        && (value.unit().isEmpty()
            || value.unit().compare(satuan.trimmed(), Qt::CaseInsensitive) == 0);
    // The text keeps the unit, so that a CSV cell read back gives the same TargetValue.
    return {plainNumber ? Format::Number : Format::Text, value.toString(), value.number()};
}

} // namespace Tepat
