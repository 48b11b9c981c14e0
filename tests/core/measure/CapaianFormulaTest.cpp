#include "measure/CapaianFormula.h"

#include "support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

using Polaritas = Indicator::Polaritas;

// The capaian of realisasi R against target T as text, "95,45", or "null".
QString capaian(const char *target,
                const char *realisasi,
                Polaritas polaritas,
                const MeasureSettings &settings = {})
{
    const CapaianFormula::Outcome outcome
        = CapaianFormula::compute(TargetValue::parse(QString::fromUtf8(target)),
                                  TargetValue::parse(QString::fromUtf8(realisasi)),
                                  polaritas,
                                  settings);
    return outcome.value ? outcome.value->toCanonical().replace(u'.', u',')
                         : QStringLiteral("null");
}

CapaianFormula::Outcome
outcomeOf(const char *target, const char *realisasi, Polaritas polaritas = Polaritas::Maximize)
{
    return CapaianFormula::compute(TargetValue::parse(QString::fromUtf8(target)),
                                   TargetValue::parse(QString::fromUtf8(realisasi)),
                                   polaritas,
                                   {});
}

MeasureSettings capped(MeasureSettings::Cap cap)
{
    MeasureSettings settings;
    settings.cap = cap;
    return settings;
}

} // namespace

TEST_CASE("Higher is better: R / T, rounded once to two decimals", "[CapaianFormula]")
{
    CHECK(capaian("80", "76,36", Polaritas::Maximize) == QStringLiteral("95,45"));
    CHECK(capaian("3", "2", Polaritas::Maximize) == QStringLiteral("66,67"));
    CHECK(capaian("80 %", "100 %", Polaritas::Maximize) == QStringLiteral("125"));
    CHECK(outcomeOf("80", "76,36").formula.en == QStringLiteral("R / T"));
}

TEST_CASE("Lower is better at its target scores 100, and a realisasi of 0 scores 200",
          "[CapaianFormula]")
{
    CHECK(capaian("12", "12", Polaritas::Minimize) == QStringLiteral("100"));
    CHECK(capaian("12", "0", Polaritas::Minimize) == QStringLiteral("200"));
    CHECK(capaian("12", "9", Polaritas::Minimize) == QStringLiteral("125"));
    CHECK(capaian("12", "15", Polaritas::Minimize) == QStringLiteral("75"));
    CHECK(outcomeOf("12", "15", Polaritas::Minimize).formula.en == QStringLiteral("(2T − R) / T"));
}

TEST_CASE("Lower is better never scores below 0", "[CapaianFormula]")
{
    const CapaianFormula::Outcome outcome = outcomeOf("10", "35", Polaritas::Minimize);
    REQUIRE(outcome.value);
    CHECK(outcome.value->isZero());
    REQUIRE(outcome.notes.size() == 1);
    CHECK(outcome.notes.first().en.contains(QStringLiteral("taken as 0")));
}

TEST_CASE("The cap is none, 100 or 120 per cent", "[CapaianFormula]")
{
    CHECK(capaian("12", "0", Polaritas::Minimize, capped(MeasureSettings::Cap::None))
          == QStringLiteral("200"));
    CHECK(capaian("12", "0", Polaritas::Minimize, capped(MeasureSettings::Cap::Percent100))
          == QStringLiteral("100"));
    CHECK(capaian("12", "0", Polaritas::Minimize, capped(MeasureSettings::Cap::Percent120))
          == QStringLiteral("120"));
    CHECK(capaian("80", "88", Polaritas::Maximize, capped(MeasureSettings::Cap::Percent120))
          == QStringLiteral("110"));
    const CapaianFormula::Outcome outcome
        = CapaianFormula::compute(TargetValue::parse(u"80"),
                                  TargetValue::parse(u"120"),
                                  Polaritas::Maximize,
                                  capped(MeasureSettings::Cap::Percent100));
    REQUIRE(outcome.notes.size() == 1);
    CHECK(outcome.notes.first().id == QStringLiteral("Dibatasi 100 % (dari 150,00 %)."));
}

TEST_CASE("T / R is a named alternative for lower-is-better indicators", "[CapaianFormula]")
{
    MeasureSettings settings;
    settings.negativeFormula = MeasureSettings::NegativeFormula::TargetOverRealisasi;
    CHECK(capaian("12", "15", Polaritas::Minimize, settings) == QStringLiteral("80"));
    CHECK(capaian("12", "12", Polaritas::Minimize, settings) == QStringLiteral("100"));
    CHECK(capaian("12", "0", Polaritas::Minimize, settings) == QStringLiteral("null"));
    CHECK(CapaianFormula::compute(
              TargetValue::parse(u"12"), TargetValue::parse(u"15"), Polaritas::Minimize, settings)
              .formula.en
          == QStringLiteral("T / R"));
}

TEST_CASE("\"2,8\" is the number 2,8, not the range 2 to 8", "[CapaianFormula]")
{
    const TargetValue target = TargetValue::parse(u"2,8");
    CHECK(target.kind() == TargetValue::Kind::Number);
    CHECK(capaian("2,8", "2,8", Polaritas::Minimize) == QStringLiteral("100"));
    CHECK(capaian("2,8", "5", Polaritas::Maximize) == QStringLiteral("178,57"));
    CHECK(capaian("2,8", "3,5", Polaritas::Minimize) == QStringLiteral("75"));
}

TEST_CASE("A target of 0 with positive polarity has no capaian, and says why", "[CapaianFormula]")
{
    const CapaianFormula::Outcome outcome = outcomeOf("0", "4");
    CHECK_FALSE(outcome.value);
    REQUIRE_FALSE(outcome.notes.isEmpty());
    CHECK(outcome.notes.first().en.contains(QStringLiteral("target of 0")));
    CHECK(capaian("0", "0", Polaritas::Maximize) == QStringLiteral("null"));
}

TEST_CASE("A target of 0 with negative polarity is met by 0 and has no ratio beyond it",
          "[CapaianFormula]")
{
    CHECK(capaian("0", "0", Polaritas::Minimize) == QStringLiteral("100"));
    const CapaianFormula::Outcome outcome = outcomeOf("0", "2", Polaritas::Minimize);
    CHECK_FALSE(outcome.value);
    CHECK(outcome.notes.first().en.contains(QStringLiteral("exceeded")));
}

TEST_CASE("No target or no realisasi gives no capaian with the reason", "[CapaianFormula]")
{
    CHECK(outcomeOf("", "80").notes.first().en == QStringLiteral("No target."));
    CHECK(outcomeOf("80", "").notes.first().en == QStringLiteral("No realisasi reported."));
    CHECK(outcomeOf("Meningkat", "80").notes.first().en.contains(QStringLiteral("Meningkat")));
    CHECK(outcomeOf("80", "naik").notes.first().en.contains(QStringLiteral("naik")));
    CHECK_FALSE(outcomeOf("", "80").value);
    CHECK_FALSE(outcomeOf("80", "").value);
}

TEST_CASE("Inside a range scores 100; outside, the polarity's formula against the missed bound",
          "[CapaianFormula]")
{
    CHECK(capaian("70 - 85", "70", Polaritas::Maximize) == QStringLiteral("100"));
    CHECK(capaian("70 - 85", "80", Polaritas::Maximize) == QStringLiteral("100"));
    CHECK(capaian("70 - 85", "85", Polaritas::Minimize) == QStringLiteral("100"));
    // Above: T = b.
    CHECK(capaian("70 - 85", "90", Polaritas::Maximize) == QStringLiteral("105,88"));
    CHECK(capaian("70 - 85", "90", Polaritas::Minimize) == QStringLiteral("94,12"));
    // Below: T = a.
    CHECK(capaian("70 - 85", "63", Polaritas::Maximize) == QStringLiteral("90"));
    CHECK(capaian("70 - 85", "63", Polaritas::Minimize) == QStringLiteral("110"));
    CHECK(outcomeOf("70 - 85", "90").formula.en == QStringLiteral("R / T, T = b"));
    CHECK(outcomeOf("70 - 85", "80").formula.en == QStringLiteral("a ≤ R ≤ b"));
}

TEST_CASE("A bound target is measured against its value", "[CapaianFormula]")
{
    CHECK(capaian("≥ 90", "85,5", Polaritas::Maximize) == QStringLiteral("95"));
    CHECK(capaian("≤ 10 menit", "12", Polaritas::Minimize) == QStringLiteral("80"));
    CHECK(capaian("< 30", "15", Polaritas::Minimize) == QStringLiteral("150"));
}

TEST_CASE("Without a polaritas a bound says which way is better", "[CapaianFormula]")
{
    CHECK(capaian("≤ 10", "12", Polaritas::NotGiven) == QStringLiteral("80"));
    CHECK(capaian("≥ 90", "99", Polaritas::NotGiven) == QStringLiteral("110"));
    const CapaianFormula::Outcome assumed = outcomeOf("80", "60", Polaritas::NotGiven);
    CHECK(assumed.value == Decimal::fromInt(75));
    CHECK(assumed.notes.first().en == QStringLiteral("No polaritas given: taken as positive."));
}

TEST_CASE("A grade reached or bettered scores 100, a worse one the ratio of ranks from the worst",
          "[CapaianFormula]")
{
    CHECK(capaian("WTP", "WTP", Polaritas::NotGiven) == QStringLiteral("100"));
    CHECK(capaian("WDP", "WTP", Polaritas::NotGiven) == QStringLiteral("100"));
    CHECK(capaian("WTP", "WDP", Polaritas::NotGiven) == QStringLiteral("66,67"));
    CHECK(capaian("WTP", "TMP", Polaritas::NotGiven) == QStringLiteral("33,33"));
    CHECK(capaian("WTP", "TW", Polaritas::NotGiven) == QStringLiteral("33,33"));
    // AA … D: BB is 5th from the worst, B 4th.
    CHECK(capaian("BB", "A", Polaritas::Maximize) == QStringLiteral("100"));
    CHECK(capaian("BB", "B", Polaritas::Maximize) == QStringLiteral("80"));
    const CapaianFormula::Outcome outcome = outcomeOf("WTP", "WDP");
    CHECK(outcome.gradeComparison);
    CHECK(outcome.formula.en == QStringLiteral("rank R / rank T"));
    CHECK(outcome.notes.first().en.contains(QStringLiteral("grade comparison")));
}

TEST_CASE("A grade against a number, or a number against a grade, has no capaian",
          "[CapaianFormula]")
{
    CHECK(capaian("WTP", "90", Polaritas::Maximize) == QStringLiteral("null"));
    CHECK(capaian("90", "WTP", Polaritas::Maximize) == QStringLiteral("null"));
    CHECK(capaian("WTP", "BB", Polaritas::Maximize) == QStringLiteral("null"));
}

TEST_CASE("Stabil scores 100 at the target, R / T below it and (2T − R) / T above it",
          "[CapaianFormula]")
{
    CHECK(capaian("2,1", "2,1", Polaritas::Stabilize) == QStringLiteral("100"));
    CHECK(capaian("2,1", "1,8", Polaritas::Stabilize) == QStringLiteral("85,71"));
    CHECK(capaian("2,1", "2,4", Polaritas::Stabilize) == QStringLiteral("85,71"));
    CHECK(outcomeOf("2,1", "2,1", Polaritas::Stabilize).formula.en == QStringLiteral("R = T"));
}

TEST_CASE("Stabil with a band is a range: lower-is-better above it, higher-is-better below",
          "[CapaianFormula]")
{
    CHECK(capaian("2 - 2,5", "2,2", Polaritas::Stabilize) == QStringLiteral("100"));
    CHECK(capaian("2 - 2,5", "3", Polaritas::Stabilize) == QStringLiteral("80"));
    CHECK(capaian("2 - 2,5", "1,5", Polaritas::Stabilize) == QStringLiteral("75"));
}
