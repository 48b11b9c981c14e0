#pragma once

#include "values/Decimal.h"
#include "values/TargetValue.h"

#include <QString>

namespace Tepat {

// One cell of an exported table. A cell that is a quantity keeps its exact Decimal, so that a
// workbook gets a real number cell a spreadsheet can sum, and its Indonesian text, which is what a
// CSV file holds. Invariant: a Text cell has no number; a Number or Rupiah cell's text is the
// Indonesian form of its number that TargetValue::parse() and IndonesianNumber::parse() read back
// to the same value.
struct SpreadsheetCell
{
    enum class Format { Text, Number, Rupiah };

    Format format = Format::Text;
    QString text;
    Decimal number;

    static SpreadsheetCell ofText(const QString &text);
    static SpreadsheetCell ofNumber(const Decimal &number);
    static SpreadsheetCell ofRupiah(const Decimal &amount);
    // A target or baseline: a number cell when the value is a plain number whose unit, if the cell
    // writes one, is the satuan the row gives anyway ("85 %" under satuan "%"); otherwise the
    // value's text ("WTP", "70 - 85", "≤ 10 menit", "45,2 % (Perdesaan)"), which a number cell
    // could not hold without losing part of it.
    static SpreadsheetCell ofTarget(const TargetValue &value, const QString &satuan);

    bool isNumeric() const { return format != Format::Text; }
};

} // namespace Tepat
