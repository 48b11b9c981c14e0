#pragma once

#include "values/Decimal.h"

#include <QDate>
#include <QStringView>

#include <optional>

namespace Tepat {

// What an .xlsx cell's number means: whether its number format shows it as a date or a
// percentage, and its exact value as Excel keeps it. Excel stores every number as a double and
// leaves the rest to the format, so a reader must decide from the format code (or the id of a
// built-in format) what the user saw.
class XlsxNumberFormat
{
public:
    // Whether a format code shows a date: it has a day or year code outside quoted text, escapes
    // and [colour] or [$-locale] brackets. Time-only formats stay numbers.
    static bool isDate(QStringView code);
    static bool isPercent(QStringView code);
    // Excel's built-in formats with dates: 14–22 everywhere, the rest in East Asian locales.
    static bool isBuiltInDate(int id);
    static bool isBuiltInPercent(int id) { return id == 9 || id == 10; }
    // The exact decimal of a number as the XML writes it ("0.1", "1.25E-3"), rounded to the 15
    // significant digits Excel itself keeps, so 0.30000000000000004 reads as 0,3; times 100 for
    // a percentage.
    static std::optional<Decimal> decimal(QStringView text, bool percent);
    // A date serial number: days since 1899-12-31 in the 1900 system, which counts the 29th of
    // February 1900 that never was (Lotus 1-2-3's bug, kept by Excel), or since 1904-01-01.
    // Invalid outside 1 to 9999-12-31.
    static QDate date(double serial, bool date1904);
};

} // namespace Tepat
