#pragma once

#include "values/Decimal.h"
#include "values/TargetValue.h"

#include <QDate>
#include <QString>

namespace Tepat {

// One cell of a sheet, read from a workbook or CSV file or written to one. Typed, because a target
// typed as the number 0,85 in a cell formatted as percent reads "85 %", a date must not turn into
// its serial number, and an exported quantity must be a number cell a spreadsheet can sum.
struct SheetCell
{
    enum class Kind { Empty, Text, Number, Boolean, Date, Error };
    // How a number cell shows its number; a percent cell holds 85 for 85 %.
    enum class NumberFormat { Plain, Percent, Rupiah };

    Kind kind = Kind::Empty;
    // Text: as written; Error: the code ("#DIV/0!"); Number: the text a CSV file holds for it when
    // that is not the plain number, e.g. "85 %" with its unit; empty otherwise.
    QString text;
    Decimal number; // Number; Boolean: 1 or 0
    NumberFormat format = NumberFormat::Plain;
    QDate date;

    // A text cell; empty text is an empty cell.
    static SheetCell fromText(const QString &text);
    static SheetCell ofNumber(const Decimal &number);
    static SheetCell ofRupiah(const Decimal &amount);
    // A target or baseline: a number cell when the value is a plain number whose unit, if the cell
    // writes one, is the satuan the row gives anyway ("85 %" under satuan "%"); otherwise the
    // value's text ("WTP", "70 - 85", "≤ 10 menit", "45,2 % (Perdesaan)"), which a number cell
    // could not hold without losing part of it. Either way the text reads back to the same value.
    static SheetCell ofTarget(const TargetValue &value, const QString &satuan);

    bool isEmpty() const { return kind == Kind::Empty || (kind == Kind::Text && text.isEmpty()); }
    bool isNumber() const { return kind == Kind::Number; }
    // The cell the Indonesian way, as a user would retype it and as a CSV file holds it:
    // "1.250.000", "85 %", "TRUE", "12 Januari 2026"; text cells as written. A rupiah amount
    // leaves out "Rp", so that a spreadsheet opening the CSV reads it as a number.
    QString displayText() const;

    friend bool operator==(const SheetCell &, const SheetCell &) = default;
};

} // namespace Tepat
