#pragma once

#include <QDate>
#include <QString>

namespace Tepat {

// Dates as Indonesian documents write them: "2 Januari 2026". QLocale's Indonesian month names
// come from the CLDR data of the Qt build at hand; a signed document and its fingerprint must not
// change with the Qt build, so the names are fixed here.
class IndonesianDate
{
public:
    static QString monthName(int month); // 1 = Januari; empty outside 1-12
    // Day without a leading zero, month in words, full year; empty for an invalid date.
    static QString format(QDate date);
};

} // namespace Tepat
