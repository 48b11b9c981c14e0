#include "values/Decimal.h"

#include "support/QtStringMakers.h"

#include <QSet>

#include <algorithm>
#include <catch2/catch.hpp>
#include <vector>

using namespace Tepat;

namespace {

Decimal dec(const char *canonical)
{
    const auto value = Decimal::fromCanonical(QString::fromUtf8(canonical));
    REQUIRE(value);
    return *value;
}

} // namespace

TEST_CASE("A default Decimal is zero and prints as 0", "[Decimal]")
{
    const Decimal zero;
    CHECK(zero.isZero());
    CHECK_FALSE(zero.isNegative());
    CHECK(zero.scale() == 0);
    CHECK(zero.mantissa() == 0);
    CHECK(zero.toCanonical() == QStringLiteral("0"));
    CHECK(zero == Decimal::fromInt(0));
}

TEST_CASE("Trailing zeros are stripped, so 75.50 and 75.5 are one value", "[Decimal]")
{
    const Decimal a = dec("75.50");
    const Decimal b = dec("75.5");
    CHECK(a == b);
    CHECK(a.scale() == 1);
    CHECK(a.mantissa() == 755);
    CHECK(a.toCanonical() == QStringLiteral("75.5"));
    CHECK(dec("100.000").scale() == 0);
    CHECK(dec("100.000").mantissa() == 100);
    CHECK(qHash(a) == qHash(b));
}

TEST_CASE("The canonical form reads back to the same value", "[Decimal]")
{
    auto [input, canonical] = GENERATE(table<const char *, const char *>({
        {"0", "0"},
        {"-0", "0"},
        {"-0.000", "0"},
        {"007", "7"},
        {"-12.05", "-12.05"},
        {"1250000000", "1250000000"},
        {"0.000000001", "0.000000001"},
        {"-0.5", "-0.5"},
        {"123456789012345678", "123456789012345678"},
        {"12345678.901234567", "12345678.901234567"},
        {"4100832755", "4100832755"},
    }));
    CAPTURE(input);
    const Decimal value = dec(input);
    CHECK(value.toCanonical() == QString::fromUtf8(canonical));
    CHECK(Decimal::fromCanonical(value.toCanonical()) == value);
}

TEST_CASE("The canonical form rejects anything but digits, one minus and one point", "[Decimal]")
{
    const char *input = GENERATE("",
                                 "-",
                                 ".",
                                 "1.",
                                 ".5",
                                 "+5",
                                 "1,5",
                                 "1.250.000",
                                 "1e5",
                                 " 1",
                                 "1 ",
                                 "--1",
                                 "1-",
                                 "Rp5",
                                 "1234567890123456789",
                                 "0.0000000001",
                                 "\xd9\xa1"); // ARABIC-INDIC DIGIT ONE
    CAPTURE(input);
    CHECK_FALSE(Decimal::fromCanonical(QString::fromUtf8(input)));
}

TEST_CASE("fromParts keeps at most 18 significant digits and 9 decimals", "[Decimal]")
{
    CHECK(Decimal::fromParts(false, u"999999999999999999", u"")->toCanonical()
          == QStringLiteral("999999999999999999"));
    CHECK_FALSE(Decimal::fromParts(false, u"1000000000000000000", u""));
    CHECK(Decimal::fromParts(false, u"000000000001", u"5")->toCanonical() == QStringLiteral("1.5"));
    CHECK(Decimal::fromParts(true, u"123456789", u"123456789")->toCanonical()
          == QStringLiteral("-123456789.123456789"));
    CHECK_FALSE(Decimal::fromParts(false, u"1234567890", u"123456789"));
    CHECK(Decimal::fromParts(false, u"0", u"000000001")->mantissa() == 1);
    CHECK_FALSE(Decimal::fromParts(false, u"0", u"0000000001"));
    // Zeros at the end are not significant, however many there are.
    CHECK(Decimal::fromParts(false, u"2", u"50000000000000000000")->toCanonical()
          == QStringLiteral("2.5"));
    CHECK_FALSE(Decimal::fromParts(true, u"0", u"").value().isNegative());
    CHECK_FALSE(Decimal::fromParts(false, u"", u"5"));
    CHECK_FALSE(Decimal::fromParts(false, u"1a", u""));
    CHECK_FALSE(Decimal::fromParts(false, u"1", u"5 "));
}

TEST_CASE("Addition and subtraction are exact where doubles are not", "[Decimal]")
{
    CHECK(dec("0.1") + dec("0.2") == dec("0.3"));
    CHECK((dec("0.1") + dec("0.2")).toCanonical() == QStringLiteral("0.3"));
    CHECK(dec("75.5") - dec("75.50") == Decimal());
    CHECK((dec("75.5") - dec("75.50")).scale() == 0);
    CHECK(dec("1.25") - dec("3") == dec("-1.75"));
    CHECK(dec("-0.000000001") + dec("0.000000001") == Decimal());
    // Sums may grow past the 18 digits a parser accepts.
    CHECK((dec("999999999999999999") + dec("1")).toCanonical()
          == QStringLiteral("1000000000000000000"));

    // The Pringsewu PK 2025 programs add up to its total to the rupiah.
    const Decimal total = dec("4100832755") + dec("2721236800") + dec("1589645600")
        + dec("13572000") + dec("155200000");
    CHECK(total == dec("8580487155"));
}

TEST_CASE("A sum too long for the mantissa gives up its last decimals, not its integer part",
          "[Decimal]")
{
    const Decimal sum = dec("10000000000") + dec("0.000000001");
    CHECK(sum == dec("10000000000"));
    const Decimal fits = dec("9000000000") + dec("0.000000005");
    CHECK(fits.toCanonical() == QStringLiteral("9000000000.000000005"));
    const Decimal rounded = dec("9300000000") + dec("0.000000005");
    CHECK(rounded.toCanonical() == QStringLiteral("9300000000.00000001"));
}

TEST_CASE("Multiplication is exact up to 9 decimals and rounds half away from zero beyond",
          "[Decimal]")
{
    CHECK(dec("2.5").multiplied(dec("4")) == dec("10"));
    CHECK(dec("2.5").multiplied(dec("4")).scale() == 0);
    CHECK(dec("0.001").multiplied(dec("0.001")) == dec("0.000001"));
    CHECK(dec("-1.5").multiplied(dec("1.5")) == dec("-2.25"));
    CHECK(dec("-1.5").multiplied(dec("-2")) == dec("3"));
    CHECK(dec("0.00001").multiplied(dec("0.00001")) == Decimal());
    CHECK(dec("0.00005").multiplied(dec("0.00001")) == dec("0.000000001"));
    CHECK(dec("-0.00005").multiplied(dec("0.00001")) == dec("-0.000000001"));
    CHECK(dec("1250000000").multiplied(Decimal()) == Decimal());
}

TEST_CASE("Rounding goes half away from zero", "[Decimal]")
{
    auto [input, decimals, expected] = GENERATE(table<const char *, int, const char *>({
        {"2.345", 2, "2.35"},
        {"-2.345", 2, "-2.35"},
        {"2.344", 2, "2.34"},
        {"-2.344", 2, "-2.34"},
        {"9.995", 2, "10"},
        {"0.5", 0, "1"},
        {"-0.5", 0, "-1"},
        {"0.49", 0, "0"},
        {"-0.004", 2, "0"},
        {"1.25", 5, "1.25"},
        {"1250000.75", 0, "1250001"},
    }));
    CAPTURE(input, decimals);
    CHECK(dec(input).rounded(decimals).toCanonical() == QString::fromUtf8(expected));
}

TEST_CASE("Division rounds the exact quotient once, half away from zero", "[Decimal]")
{
    auto [dividend, divisor, decimals, expected]
        = GENERATE(table<const char *, const char *, int, const char *>({
            {"9545", "100", 2, "95.45"},
            {"2", "3", 2, "0.67"},
            {"1", "3", 9, "0.333333333"},
            {"-2", "3", 2, "-0.67"},
            {"2", "-3", 2, "-0.67"},
            {"-2", "-3", 2, "0.67"},
            {"0.125", "1", 2, "0.13"},
            {"-0.125", "1", 2, "-0.13"},
            {"8400", "80", 2, "105"},
            {"0.05", "0.0002", 0, "250"},
            {"1250000000.5", "0.5", 0, "2500000001"},
            {"0", "7", 2, "0"},
        }));
    CAPTURE(dividend, divisor, decimals);
    const auto quotient = dec(dividend).divided(dec(divisor), decimals);
    REQUIRE(quotient);
    CHECK(quotient->toCanonical() == QString::fromUtf8(expected));
}

TEST_CASE("Division by zero or into a quotient beyond 18 digits gives no value", "[Decimal]")
{
    CHECK_FALSE(dec("1").divided(Decimal(), 2));
    CHECK_FALSE(dec("999999999999999999").divided(dec("0.000000001"), 0));
}

TEST_CASE("Comparison aligns the scales", "[Decimal]")
{
    CHECK(dec("75.5") == dec("75.50"));
    CHECK((dec("75.5") <=> dec("75.50")) == std::strong_ordering::equal);
    CHECK(dec("1.25") < dec("1.3"));
    CHECK(dec("1.3") > dec("1.25"));
    CHECK(dec("-2") < dec("-1.5"));
    CHECK(dec("-0.000000001") < Decimal());
    CHECK(dec("999999999999999999") > dec("99999999999999999.9"));
    CHECK(dec("10") >= dec("10.000"));
    CHECK(dec("10") != dec("10.000000001"));

    std::vector<Decimal> values {dec("2.8"), dec("-1"), dec("0.05"), dec("100"), dec("2.75")};
    std::sort(values.begin(), values.end());
    CHECK(values
          == std::vector<Decimal> {dec("-1"), dec("0.05"), dec("2.75"), dec("2.8"), dec("100")});
}

TEST_CASE("Sign, absolute value and negation", "[Decimal]")
{
    CHECK(dec("-3.2").isNegative());
    CHECK_FALSE(dec("3.2").isNegative());
    CHECK(dec("-3.2").abs() == dec("3.2"));
    CHECK(dec("3.2").abs() == dec("3.2"));
    CHECK(-dec("3.2") == dec("-3.2"));
    CHECK(-Decimal() == Decimal());
    CHECK_FALSE((-Decimal()).isNegative());
    CHECK(Decimal::fromInt(-42).toCanonical() == QStringLiteral("-42"));
    CHECK(Decimal::fromInt(1000).scale() == 0);
    CHECK(Decimal::fromInt(1000).mantissa() == 1000);
}

TEST_CASE("toDouble gives the nearest double for charts", "[Decimal]")
{
    CHECK(dec("75.5").toDouble() == 75.5);
    CHECK(dec("-0.25").toDouble() == -0.25);
    CHECK(dec("1250000000").toDouble() == 1250000000.0);
    CHECK(dec("0.1").toDouble() == Approx(0.1));
}

TEST_CASE("Equal values hash alike, so Decimal works as a QSet key", "[Decimal]")
{
    QSet<Decimal> set {dec("75.5"), dec("75.50"), dec("2.8"), dec("-2.8")};
    CHECK(set.size() == 3);
    CHECK(set.contains(dec("2.80")));
    CHECK(qHash(dec("1.5"), 7) == qHash(dec("1.50"), 7));
}
