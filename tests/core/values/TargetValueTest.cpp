#include "values/TargetValue.h"

#include "support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

using Kind = TargetValue::Kind;
using BoundOp = TargetValue::BoundOp;

TargetValue parsed(const char *cell)
{
    return TargetValue::parse(QString::fromUtf8(cell));
}

Decimal dec(const char *canonical)
{
    const auto value = Decimal::fromCanonical(QString::fromUtf8(canonical));
    REQUIRE(value);
    return *value;
}

} // namespace

TEST_CASE("Cells are classified and printed back the Indonesian way, and the print reads back "
          "as the same value",
          "[TargetValue]")
{
    auto [cell, kind, display] = GENERATE(table<const char *, Kind, const char *>({
        {"85", Kind::Number, "85"},
        {"75,5", Kind::Number, "75,5"},
        {"85%", Kind::Number, "85 %"},
        {"85 %", Kind::Number, "85 %"},
        {"85\u00a0%", Kind::Number, "85 %"},
        {"12 Jam", Kind::Number, "12 Jam"},
        {"2.500 unit", Kind::Number, "2.500 unit"},
        {"25 Unit Kerja", Kind::Number, "25 Unit Kerja"},
        {"45,2 % (Perdesaan)", Kind::Number, "45,2 % (Perdesaan)"},
        {"45,2%(Perdesaan)", Kind::Number, "45,2 % (Perdesaan)"},
        {"70 Indeks", Kind::Number, "70 Indeks"},
        {"2,8 Indeks", Kind::Number, "2,8 Indeks"},
        {"73,79 tahun", Kind::Number, "73,79 tahun"},
        {"500 m2", Kind::Number, "500 m2"},
        {"Rp 1.250.000", Kind::Number, "Rp 1.250.000"},
        {"Rp. 4.100.832.755", Kind::Number, "Rp 4.100.832.755"},
        {"Rp 150.000,-", Kind::Number, "Rp 150.000"},
        {"Rp 70 T", Kind::Number, "Rp 70.000.000.000.000"},
        {"Rp 2,447 T", Kind::Number, "Rp 2.447.000.000.000"},
        {"Rp 1,5 miliar", Kind::Number, "Rp 1.500.000.000"},
        {"-Rp 3 jt", Kind::Number, "-Rp 3.000.000"},
        {"2,2 juta orang", Kind::Number, "2.200.000 orang"},
        {"80 (BB)", Kind::Number, "80 (BB)"},
        {"-3", Kind::Number, "-3"},
        {"\u22123,2 %", Kind::Number, "-3,2 %"},
        {"1.250", Kind::Number, "1.250"},
        {"75.5", Kind::Number, "75,5"},
        {"< 30", Kind::Bound, "< 30"},
        {"\u2264 10 menit", Kind::Bound, "\u2264 10 menit"},
        {">= 90", Kind::Bound, "\u2265 90"},
        {"=< 5", Kind::Bound, "\u2264 5"},
        {"> 0", Kind::Bound, "> 0"},
        {"\u226595%", Kind::Bound, "\u2265 95 %"},
        {"Maksimal 3 hari", Kind::Bound, "\u2264 3 hari"},
        {"Min. 90 %", Kind::Bound, "\u2265 90 %"},
        {"kurang dari 5 %", Kind::Bound, "< 5 %"},
        {"lebih dari 1.000 orang", Kind::Bound, "> 1.000 orang"},
        {"Paling lama 14 hari kerja", Kind::Bound, "\u2264 14 hari kerja"},
        {"12,5-11,8", Kind::Range, "11,8 - 12,5"},
        {"70 - 85", Kind::Range, "70 - 85"},
        {"70 \u2013 85", Kind::Range, "70 - 85"},
        {"70 s.d. 85", Kind::Range, "70 - 85"},
        {"70 s/d 85", Kind::Range, "70 - 85"},
        {"70 sampai dengan 85", Kind::Range, "70 - 85"},
        {"70% - 85%", Kind::Range, "70 - 85 %"},
        {"10-15 menit", Kind::Range, "10 - 15 menit"},
        {"Rp 1.000 - Rp 2.000", Kind::Range, "Rp 1.000 - 2.000"},
        {"-5 - -3", Kind::Range, "-5 - -3"},
        {"WTP", Kind::Grade, "WTP"},
        {"wajar tanpa pengecualian", Kind::Grade, "WTP"},
        {"BB", Kind::Grade, "BB"},
        {"A", Kind::Grade, "A"},
        {"BB (Sangat Baik)", Kind::Grade, "BB (Sangat Baik)"},
        {"Zona Hijau", Kind::Grade, "Zona Hijau"},
        {"Sangat Baik", Kind::Grade, "Sangat Baik"},
        {"Memuaskan", Kind::Grade, "Memuaskan"},
        {"Sangat Tinggi", Kind::Grade, "Sangat Tinggi"},
        {"Mutu A", Kind::Grade, "A Sangat Baik"},
        {"A - Sangat Baik", Kind::Grade, "A Sangat Baik"},
        {"WTP (7 kali berturut-turut)", Kind::Grade, "WTP (7 kali berturut-turut)"},
        {"Meningkat", Kind::Text, "Meningkat"},
        {"Baik", Kind::Text, "Baik"},
        {"baik", Kind::Text, "baik"},
        {"Cukup", Kind::Text, "Cukup"},
        {"Tinggi", Kind::Text, "Tinggi"},
        {"Tercapai", Kind::Text, "Tercapai"},
        {"Sesuai rencana", Kind::Text, "Sesuai rencana"},
        {"Sesuai  rencana ", Kind::Text, "Sesuai rencana"},
        {"Meningkat (dibanding 2025)", Kind::Text, "Meningkat (dibanding 2025)"},
        {"Minimal tercapai", Kind::Text, "Minimal tercapai"},
        {"10 dari 12 desa", Kind::Text, "10 dari 12 desa"},
        {"5-", Kind::Text, "5-"},
        {"(Perdesaan)", Kind::Text, "(Perdesaan)"},
        {"Rp", Kind::Text, "Rp"},
        {"Rp 1.000.000 T", Kind::Text, "Rp 1.000.000 T"},
        {"1 juta juta", Kind::Text, "1 juta juta"},
        {"Rp 70T", Kind::Text, "Rp 70T"},
        {"N/A", Kind::Empty, ""},
        {"", Kind::Empty, ""},
        {"  ", Kind::Empty, ""},
        {"-", Kind::Empty, ""},
        {"\u2014", Kind::Empty, ""},
        {"- (Perdesaan)", Kind::Empty, ""},
    }));
    CAPTURE(cell);
    const TargetValue value = parsed(cell);
    CHECK(value.kind() == kind);
    CHECK(value.toString() == QString::fromUtf8(display));
    const TargetValue reread = TargetValue::parse(value.toString());
    CHECK(reread == value);
    CHECK(reread.toString() == value.toString());
}

TEST_CASE("A number keeps the unit and the qualifier written in the cell", "[TargetValue]")
{
    const TargetValue value = parsed("45,2 % (Perdesaan)");
    CHECK(value.number() == dec("45.2"));
    CHECK(value.unit() == QStringLiteral("%"));
    CHECK(value.qualifier() == QStringLiteral("Perdesaan"));
    CHECK(value.comparableNumber() == dec("45.2"));

    CHECK(parsed("12 Jam").unit() == QStringLiteral("Jam"));
    CHECK(parsed("2.500 unit").number() == dec("2500"));
    CHECK(parsed("Rp 1.250.000").unit() == QStringLiteral("Rp"));
    CHECK(parsed("Rp 1.250.000").number() == dec("1250000"));
    CHECK(parsed("85").unit().isEmpty());
    CHECK(parsed("85").qualifier().isEmpty());
}

TEST_CASE("Magnitude words multiply: juta anywhere, T and M only after Rp", "[TargetValue]")
{
    CHECK(parsed("Rp 70 T").number() == dec("70000000000000"));
    CHECK(parsed("Rp 70 T").unit() == QStringLiteral("Rp"));
    CHECK(parsed("Rp 2,447 T").number() == dec("2447000000000"));
    CHECK(parsed("Rp 1,5 M").number() == dec("1500000000"));
    CHECK(parsed("5 ribu").number() == dec("5000"));
    CHECK(parsed("2,2 juta orang").unit() == QStringLiteral("orang"));
    // Without "Rp", M is a unit (metres), not miliar.
    CHECK(parsed("5 M").number() == dec("5"));
    CHECK(parsed("5 M").unit() == QStringLiteral("M"));
    // Beyond 18 digits the value could not be read back exactly, so it stays text.
    CHECK(parsed("Rp 999.999 T").kind() == Kind::Number);
    CHECK(parsed("Rp 1.000.000 T").kind() == Kind::Text);
}

TEST_CASE("A minus sign makes a negative number, a lone dash an empty cell", "[TargetValue]")
{
    CHECK(parsed("-3").kind() == Kind::Number);
    CHECK(parsed("-3").number() == dec("-3"));
    CHECK(parsed("-").kind() == Kind::Empty);
    CHECK(parsed("--").kind() == Kind::Empty);
    CHECK(parsed("\u2212").kind() == Kind::Empty);
    CHECK(parsed("-").toString().isEmpty());
    CHECK(parsed("") == TargetValue());
}

TEST_CASE("NA and N/A say there is no target, as a dash does", "[TargetValue]")
{
    for (const char *cell : {"NA", "N/A", "n/a", "n.a.", " NA "}) {
        INFO(cell);
        CHECK(parsed(cell).kind() == Kind::Empty);
    }
    CHECK(parsed("NAB").kind() == Kind::Text);
}

TEST_CASE("A footnote mark after a number keeps the number, and a maturity level is a grade",
          "[TargetValue]")
{
    const TargetValue marked = parsed("1,7*");
    CHECK(marked.kind() == Kind::Number);
    CHECK(marked.number() == dec("1.7"));
    CHECK(marked.qualifier() == QStringLiteral("*"));
    CHECK(TargetValue::parse(marked.toString()) == marked);
    CHECK(parsed("5,00-5,30**").kind() == Kind::Range);
    CHECK(parsed("*").kind() == Kind::Text);

    const TargetValue level = parsed("Level 3");
    CHECK(level.kind() == Kind::Grade);
    CHECK(level.grade().scaleId == QStringLiteral("level"));
    CHECK(level.grade().rank > parsed("Level 4").grade().rank);
}

TEST_CASE("A range keeps its low and high ends, whichever is written first", "[TargetValue]")
{
    const TargetValue band = parsed("70 s.d. 85");
    CHECK(band.kind() == Kind::Range);
    CHECK(band.number() == dec("70"));
    CHECK(band.high() == dec("85"));
    CHECK(band.unit().isEmpty());
    CHECK_FALSE(band.comparableNumber());

    const TargetValue falling = parsed("12,5-11,8");
    CHECK(falling.number() == dec("11.8"));
    CHECK(falling.high() == dec("12.5"));
    CHECK(falling == parsed("11,8 - 12,5"));

    CHECK(parsed("70 - 85 %").unit() == QStringLiteral("%"));
    CHECK(parsed("70 % - 85").unit() == QStringLiteral("%"));
    // Different units on the two ends are not one band.
    CHECK(parsed("70 % - 85 orang").kind() == Kind::Text);
}

TEST_CASE("A bound keeps its operator, however it is spelt", "[TargetValue]")
{
    auto [cell, op] = GENERATE(table<const char *, BoundOp>({
        {"< 30", BoundOp::Less},
        {"kurang dari 30", BoundOp::Less},
        {"<= 30", BoundOp::LessOrEqual},
        {"=< 30", BoundOp::LessOrEqual},
        {"\u2264 30", BoundOp::LessOrEqual},
        {"Maks. 30", BoundOp::LessOrEqual},
        {"maksimal 30", BoundOp::LessOrEqual},
        {"> 30", BoundOp::Greater},
        {"lebih dari 30", BoundOp::Greater},
        {">= 30", BoundOp::GreaterOrEqual},
        {"=> 30", BoundOp::GreaterOrEqual},
        {"\u2265 30", BoundOp::GreaterOrEqual},
        {"Min 30", BoundOp::GreaterOrEqual},
        {"minimal 30", BoundOp::GreaterOrEqual},
        {"Sekurang-kurangnya 30", BoundOp::GreaterOrEqual},
    }));
    CAPTURE(cell);
    const TargetValue value = parsed(cell);
    REQUIRE(value.kind() == Kind::Bound);
    CHECK(value.boundOp() == op);
    CHECK(value.number() == dec("30"));
    CHECK(value.comparableNumber() == dec("30"));
    CHECK(TargetValue::parse(value.toString()) == value);
}

TEST_CASE("Grade labels become grades but vague words stay text for the checker", "[TargetValue]")
{
    const TargetValue wtp = parsed("WTP");
    CHECK(wtp.grade() == GradeScale::Grade {QStringLiteral("opini-bpk"), QStringLiteral("WTP"), 0});
    CHECK(parsed("BB").grade().scaleId == QStringLiteral("sakip"));
    CHECK(parsed("Sangat Baik").grade().scaleId == QStringLiteral("spbe"));
    CHECK(parsed("Zona Hijau").grade().rank == 0);

    const TargetValue vague = parsed("Baik");
    CHECK(vague.kind() == Kind::Text);
    CHECK(vague.text() == QStringLiteral("Baik"));
    CHECK(vague.grade() == GradeScale::Grade {});
    CHECK(parsed("Meningkat").text() == QStringLiteral("Meningkat"));
}

TEST_CASE("Numbers, ranges, bounds and grades are measurable but words and empty cells are not",
          "[TargetValue]")
{
    auto [cell, measurable] = GENERATE(table<const char *, bool>({
        {"85 %", true},
        {"70 - 85", true},
        {"\u2264 10", true},
        {"WTP", true},
        {"Meningkat", false},
        {"Baik", false},
        {"", false},
    }));
    CAPTURE(cell);
    CHECK(parsed(cell).isMeasurable() == measurable);
    CHECK_FALSE(parsed("WTP").comparableNumber());
    CHECK_FALSE(parsed("Meningkat").comparableNumber());
    CHECK_FALSE(TargetValue().comparableNumber());
}
