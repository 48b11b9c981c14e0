#include "values/IndonesianNumber.h"

#include "support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

Decimal dec(const char *canonical)
{
    const auto value = Decimal::fromCanonical(text(canonical));
    REQUIRE(value);
    return *value;
}

} // namespace

TEST_CASE("Numbers written the Indonesian way, and unambiguous English ones, are read exactly",
          "[IndonesianNumber]")
{
    auto [input, canonical] = GENERATE(table<const char *, const char *>({
        {"75,5", "75.5"},
        {"1.250.000", "1250000"},
        {"1.250.000,75", "1250000.75"},
        {"Rp 1.250.000.000,00", "1250000000"},
        {"Rp1.250.000.000,00", "1250000000"},
        {"Rp. 4.100.832.755", "4100832755"},
        {"Rp 8.580.487.155", "8580487155"},
        {"Rp\u00a01.428.920.480.000", "1428920480000"},
        {"12,5 %", "12.5"},
        {"12,5%", "12.5"},
        {"12,5\u00a0%", "12.5"},
        {"95,96 %", "95.96"},
        {"85 %", "85"},
        {"-3,2", "-3.2"},
        {"\u22123,2", "-3.2"},
        {"  75,5  ", "75.5"},
        {"\u00a075,5\u00a0", "75.5"},
        {"0,05", "0.05"},
        {"73,79", "73.79"},
        {"88,00", "88"},
        {"12,50", "12.5"},
        {"2,447", "2.447"},
        {"1,25", "1.25"},
        {"1,250", "1.25"},
        {"1.250", "1250"},
        {"123.456", "123456"},
        {"2.212.558", "2212558"},
        {"4.100.832.755,00", "4100832755"},
        {"999.999.999.999.999.999", "999999999999999999"},
        {"75.5", "75.5"},
        {"3.14159", "3.14159"},
        {"0.500", "0.5"},
        {"1234.567", "1234.567"},
        {"1,250,000.50", "1250000.5"},
        {"1,250,000", "1250000"},
        {"1,234.5", "1234.5"},
        {"150.000,-", "150000"},
        {"Rp 150.000,-", "150000"},
        {"Rp 5.000.-", "5000"},
        {"rp 5.000", "5000"},
        {"RP5000", "5000"},
        {"-Rp 5.000", "-5000"},
        {"Rp -5.000", "-5000"},
        {"100", "100"},
        {"0", "0"},
        {"-0", "0"},
        {"0,000000001", "0.000000001"},
    }));
    CAPTURE(input);
    const Result<Decimal> value = IndonesianNumber::parse(text(input));
    INFO((value ? QString() : value.error().message).toStdString());
    REQUIRE(value);
    CHECK(value->toCanonical() == text(canonical));
    // What format() writes, parse() reads back.
    CHECK(IndonesianNumber::parse(IndonesianNumber::format(*value)) == *value);
}

TEST_CASE("A text that is not a number is rejected with a sentence naming the problem and place",
          "[IndonesianNumber]")
{
    auto [input, message] = GENERATE(table<const char *, const char *>({
        {"", "\"\" is not a number: it is empty."},
        {"   ", "\"   \" is not a number: it is empty."},
        {"abc", "\"abc\" is not a number: expected digits but found \"a\" at position 1."},
        {"  abc", "\"  abc\" is not a number: expected digits but found \"a\" at position 3."},
        {"12a", "\"12a\" is not a number: expected digits but found \"a\" at position 3."},
        {"1e5", "\"1e5\" is not a number: expected digits but found \"e\" at position 2."},
        {"+5", "\"+5\" is not a number: expected digits but found \"+\" at position 1."},
        {"12%%", "\"12%%\" is not a number: expected digits but found \"%\" at position 3."},
        {"Rp Rp 5", "\"Rp Rp 5\" is not a number: expected digits but found \"R\" at position 4."},
        {"1.2.3",
         "\"1.2.3\" is not a number: the group \"2\" after a thousands dot must have 3 digits "
         "(position 3)."},
        {"1.25.000",
         "\"1.25.000\" is not a number: the group \"25\" after a thousands dot must have 3 "
         "digits (position 3)."},
        {"1,25,000.5",
         "\"1,25,000.5\" is not a number: the group \"25\" after a thousands comma must have 3 "
         "digits (position 3)."},
        {"1234.567.000",
         "\"1234.567.000\" is not a number: the group \"1234\" before the first thousands dot "
         "has more than 3 digits (position 1)."},
        {"12,,5", "\"12,,5\" is not a number: there are two separators in a row at position 3."},
        {"1..000", "\"1..000\" is not a number: there are two separators in a row at position 2."},
        {"12,5,6",
         "\"12,5,6\" is not a number: it has more than one decimal comma (the second at "
         "position 5)."},
        {"1.250.000,5,0",
         "\"1.250.000,5,0\" is not a number: it has more than one decimal comma (the second at "
         "position 12)."},
        {"1,250.5.0",
         "\"1,250.5.0\" is not a number: it has more than one decimal point (the second at "
         "position 8)."},
        {"1.250,000.5",
         "\"1.250,000.5\" is not a number: the thousands dot at position 10 comes after the "
         "decimal comma."},
        {"1,250.000,5",
         "\"1,250.000,5\" is not a number: the thousands comma at position 10 comes after the "
         "decimal point."},
        {",5", "\",5\" is not a number: a digit must come before \",\" at position 1."},
        {"12,", "\"12,\" is not a number: no digits follow \",\" at position 3."},
        {"1.000,", "\"1.000,\" is not a number: no digits follow \",\" at position 6."},
        {"Rp", "\"Rp\" is not a number: no digits follow \"Rp\"."},
        {"Rp.", "\"Rp.\" is not a number: no digits follow \"Rp\"."},
        {"-", "\"-\" is not a number: no digits follow the minus sign."},
        {"%", "\"%\" is not a number: there are no digits before \"%\"."},
        {"5-", "\"5-\" is not a number: the minus sign at position 2 must come before the digits."},
        {"--5", "\"--5\" is not a number: there is a second minus sign at position 2."},
        {"\u2212\u22123",
         "\"\u2212\u22123\" is not a number: there is a second minus sign at position 2."},
        {"- 5", "\"- 5\" is not a number: a space follows the minus sign at position 1."},
        {"12 5", "\"12 5\" is not a number: there is a space inside the number at position 3."},
        {"75,5 Jam",
         "\"75,5 Jam\" is not a number: there is a space inside the number at position 5."},
        {"Rp 12 %",
         "\"Rp 12 %\" is not a number: it cannot be both an amount in rupiah and a percentage."},
        {"1.000.000.000.000.000.000",
         "\"1.000.000.000.000.000.000\" is not a number: it has more than 18 significant "
         "digits, too many to keep exactly."},
        {"0,0000000001",
         "\"0,0000000001\" is not a number: it has 10 decimals; Tepat keeps at most 9."},
    }));
    CAPTURE(input);
    const Result<Decimal> value = IndonesianNumber::parse(text(input));
    REQUIRE_FALSE(value);
    CHECK(value.error().code == Error::Code::Parse);
    CHECK(value.error().message == text(message));
    CHECK(value.error().field.isEmpty());
    CHECK(value.error().row == -1);
}

TEST_CASE("format writes a decimal comma and thousands dots", "[IndonesianNumber]")
{
    auto [canonical, minDecimals, maxDecimals, expected]
        = GENERATE(table<const char *, int, int, const char *>({
            {"75.5", 0, -1, "75,5"},
            {"1250000", 0, -1, "1.250.000"},
            {"-3.25", 0, -1, "-3,25"},
            {"0.05", 0, -1, "0,05"},
            {"0", 0, -1, "0"},
            {"999", 0, -1, "999"},
            {"1000", 0, -1, "1.000"},
            {"-1000000", 0, -1, "-1.000.000"},
            {"1234567.891", 0, -1, "1.234.567,891"},
            {"8580487155", 0, -1, "8.580.487.155"},
            {"2.8", 2, -1, "2,80"},
            {"2.8", 1, -1, "2,8"},
            {"0", 2, 2, "0,00"},
            {"2.345", 0, 2, "2,35"},
            {"-2.345", 0, 2, "-2,35"},
            {"2.344", 0, 2, "2,34"},
            {"9.995", 0, 2, "10"},
            {"9.995", 2, 2, "10,00"},
            {"-0.004", 0, 2, "0"},
            {"1250000.755", 0, 0, "1.250.001"},
        }));
    CAPTURE(canonical, minDecimals, maxDecimals);
    CHECK(IndonesianNumber::format(dec(canonical), minDecimals, maxDecimals) == text(expected));
}

TEST_CASE("Rupiah amounts are written in the chosen style and read back", "[IndonesianNumber]")
{
    using Style = IndonesianNumber::RupiahStyle;
    const Decimal amount = dec("1250000000");
    CHECK(IndonesianNumber::formatRupiah(amount, Style::Puebi, true)
          == QStringLiteral("Rp1.250.000.000,00"));
    CHECK(IndonesianNumber::formatRupiah(amount, Style::Puebi)
          == QStringLiteral("Rp1.250.000.000"));
    CHECK(IndonesianNumber::formatRupiah(amount) == QStringLiteral("Rp 1.250.000.000"));
    CHECK(IndonesianNumber::formatRupiah(amount, Style::Dotted)
          == QStringLiteral("Rp. 1.250.000.000"));
    CHECK(IndonesianNumber::formatRupiah(dec("1250.755"), Style::Spaced, true)
          == QStringLiteral("Rp 1.250,76"));
    CHECK(IndonesianNumber::formatRupiah(dec("1250.5")) == QStringLiteral("Rp 1.251"));
    CHECK(IndonesianNumber::formatRupiah(dec("-5000")) == QStringLiteral("-Rp 5.000"));
    CHECK(IndonesianNumber::formatRupiah(Decimal(), Style::Puebi, true)
          == QStringLiteral("Rp0,00"));

    const Style style = GENERATE(Style::Puebi, Style::Spaced, Style::Dotted);
    const bool withCents = GENERATE(false, true);
    for (const char *canonical : {"4100832755", "-5000", "0", "13572000"}) {
        const QString written = IndonesianNumber::formatRupiah(dec(canonical), style, withCents);
        CAPTURE(written);
        CHECK(IndonesianNumber::parse(written) == dec(canonical));
    }
}

TEST_CASE("Percentages are written with a space before the sign", "[IndonesianNumber]")
{
    CHECK(IndonesianNumber::formatPercent(dec("12.5")) == QStringLiteral("12,5 %"));
    CHECK(IndonesianNumber::formatPercent(dec("100")) == QStringLiteral("100 %"));
    CHECK(IndonesianNumber::formatPercent(dec("-0.5")) == QStringLiteral("-0,5 %"));
    CHECK(IndonesianNumber::parse(IndonesianNumber::formatPercent(dec("95.96"))) == dec("95.96"));
}
