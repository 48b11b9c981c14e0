#include "values/IndonesianDate.h"

#include "support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace Tepat;

TEST_CASE("Dates are written with the day, the Indonesian month and the year", "[IndonesianDate]")
{
    CHECK(IndonesianDate::format(QDate(2026, 1, 2)) == QStringLiteral("2 Januari 2026"));
    CHECK(IndonesianDate::format(QDate(2026, 1, 30)) == QStringLiteral("30 Januari 2026"));
    CHECK(IndonesianDate::format(QDate(2025, 8, 19)) == QStringLiteral("19 Agustus 2025"));
    CHECK(IndonesianDate::format(QDate(2024, 2, 29)) == QStringLiteral("29 Februari 2024"));
    CHECK(IndonesianDate::format(QDate(2025, 12, 31)) == QStringLiteral("31 Desember 2025"));
}

TEST_CASE("Every month has its Indonesian name and there is no thirteenth", "[IndonesianDate]")
{
    const QStringList expected
        = QStringLiteral("Januari Februari Maret April Mei Juni Juli Agustus September Oktober "
                         "November Desember")
              .split(u' ');
    for (int month = 1; month <= 12; ++month)
        CHECK(IndonesianDate::monthName(month) == expected[month - 1]);
    CHECK(IndonesianDate::monthName(0).isEmpty());
    CHECK(IndonesianDate::monthName(13).isEmpty());
    CHECK(IndonesianDate::format(QDate()).isEmpty());
}
