#pragma once

#include "values/Decimal.h"

#include <QDate>
#include <QString>

namespace Tepat {

// One cell of an imported sheet as the spreadsheet program showed it: typed, because a target
// typed as the number 0,85 in a cell formatted as percent reads "85 %", and a date must not
// turn into its serial number.
struct SheetCell
{
    enum class Kind { Empty, Text, Number, Boolean, Date, Error };

    Kind kind = Kind::Empty;
    QString text;   // Text: as written; Error: the code ("#DIV/0!"); empty otherwise
    Decimal number; // Number (a percent cell holds 85 for 85 %); Boolean: 1 or 0
    bool percent = false;
    QDate date;

    static SheetCell fromText(const QString &text);

    bool isEmpty() const { return kind == Kind::Empty || (kind == Kind::Text && text.isEmpty()); }
    // The cell the Indonesian way, as a user would retype it: "1.250.000", "85 %", "TRUE",
    // "12 Januari 2026"; text cells as written.
    QString displayText() const;

    friend bool operator==(const SheetCell &, const SheetCell &) = default;
};

} // namespace Tepat
