#include "measure/CapaianFormula.h"

#include "values/IndonesianNumber.h"

namespace Tepat {

namespace {

using Outcome = CapaianFormula::Outcome;
using Polaritas = Indicator::Polaritas;

const Decimal hundred = Decimal::fromInt(100);

LocalizedText same(const QString &text)
{
    return {text, text};
}

QString number(const Decimal &value)
{
    return IndonesianNumber::format(value);
}

// R / T × 100.
void positive(const Decimal &target, const Decimal &realisasi, Outcome &outcome)
{
    outcome.formula = same(QStringLiteral("R / T"));
    if (target.isZero()) {
        outcome.notes.append({QStringLiteral("Target 0 dengan polaritas positif: R / T tidak "
                                             "dapat dihitung."),
                              QStringLiteral("A target of 0 with positive polarity: R / T cannot "
                                             "be computed.")});
        return;
    }
    outcome.value = realisasi.multiplied(hundred).divided(target, 2);
}

// (2T − R) / T × 100 by the regulation, or T / R × 100 where the workspace chose it; never
// below 0.
void negative(const Decimal &target,
              const Decimal &realisasi,
              const MeasureSettings &settings,
              Outcome &outcome)
{
    if (settings.negativeFormula == MeasureSettings::NegativeFormula::TargetOverRealisasi) {
        outcome.formula = same(QStringLiteral("T / R"));
        if (realisasi.isZero()) {
            outcome.notes.append({QStringLiteral("Realisasi 0: T / R tidak dapat dihitung."),
                                  QStringLiteral("A realisasi of 0: T / R cannot be computed.")});
            return;
        }
        outcome.value = target.multiplied(hundred).divided(realisasi, 2);
    } else {
        outcome.formula = same(QStringLiteral("(2T \u2212 R) / T"));
        if (target.isZero()) {
            // Zero cases promised: none is exactly the promise, any is beyond every ratio.
            if (realisasi <= Decimal()) {
                outcome.formula = same(QStringLiteral("R \u2264 T = 0"));
                outcome.value = hundred;
            } else {
                outcome.notes.append(
                    {QStringLiteral("Target 0 terlampaui (R = %1): (2T \u2212 R) / T tidak dapat "
                                    "dihitung.")
                         .arg(number(realisasi)),
                     QStringLiteral("The target of 0 is exceeded (R = %1): (2T \u2212 R) / T "
                                    "cannot be computed.")
                         .arg(number(realisasi))});
            }
            return;
        }
        outcome.value = (target + target - realisasi).multiplied(hundred).divided(target, 2);
    }
    if (outcome.value && outcome.value->isNegative()) {
        outcome.value = Decimal();
        outcome.notes.append({QStringLiteral("Capaian negatif dibulatkan menjadi 0."),
                              QStringLiteral("A negative capaian is taken as 0.")});
    }
}

void byPolaritas(Polaritas polaritas,
                 const Decimal &target,
                 const Decimal &realisasi,
                 const MeasureSettings &settings,
                 Outcome &outcome)
{
    switch (polaritas) {
    case Polaritas::Minimize:
        negative(target, realisasi, settings, outcome);
        break;
    case Polaritas::Stabilize:
        if (realisasi == target) {
            outcome.formula = same(QStringLiteral("R = T"));
            outcome.value = hundred;
        } else if (realisasi < target) {
            positive(target, realisasi, outcome);
        } else {
            negative(target, realisasi, settings, outcome);
        }
        break;
    case Polaritas::Maximize:
    case Polaritas::NotGiven:
        positive(target, realisasi, outcome);
        break;
    }
}

// A range is a band: inside it the promise is kept; outside it, the polarity's formula against
// the bound that was missed. Stabil is lower-is-better above the band, higher-is-better below.
void range(Polaritas polaritas,
           const TargetValue &target,
           const Decimal &realisasi,
           const MeasureSettings &settings,
           Outcome &outcome)
{
    if (realisasi >= target.number() && realisasi <= target.high()) {
        outcome.formula = same(QStringLiteral("a \u2264 R \u2264 b"));
        outcome.value = hundred;
        return;
    }
    const bool above = realisasi > target.high();
    if (polaritas == Polaritas::Stabilize)
        polaritas = above ? Polaritas::Minimize : Polaritas::Maximize;
    byPolaritas(polaritas, above ? target.high() : target.number(), realisasi, settings, outcome);
    outcome.formula
        = {outcome.formula.id + (above ? QStringLiteral(", T = b") : QStringLiteral(", T = a")),
           outcome.formula.en + (above ? QStringLiteral(", T = b") : QStringLiteral(", T = a"))};
}

void grade(const TargetValue &target, const TargetValue &realisasi, Outcome &outcome)
{
    const GradeScale::Grade &promised = target.grade();
    const GradeScale *scale = GradeScale::find(promised.scaleId);
    if (realisasi.kind() != TargetValue::Kind::Grade || !scale
        || realisasi.grade().scaleId != promised.scaleId) {
        const QString name = scale ? scale->name() : promised.scaleId;
        outcome.notes.append(
            {QStringLiteral("Target berupa predikat %1, tetapi realisasi \"%2\" bukan predikat "
                            "skala itu.")
                 .arg(name, realisasi.toString()),
             QStringLiteral("The target is a %1 grade, but the realisasi \"%2\" is not a grade "
                            "of that scale.")
                 .arg(name, realisasi.toString())});
        return;
    }
    outcome.gradeComparison = true;
    const int reached = realisasi.grade().rank;
    if (reached <= promised.rank) {
        outcome.formula
            = {QStringLiteral("predikat R \u2265 T"), QStringLiteral("grade R \u2265 T")};
        outcome.value = hundred;
        return;
    }
    // Ranks counted from the worst grade, which is 1: on WTP > WDP > TW/TMP a WDP against a WTP
    // target is 2 / 3.
    const int worst = scale->worstRank();
    const Decimal fromWorstReached = Decimal::fromInt(worst - reached + 1);
    const Decimal fromWorstPromised = Decimal::fromInt(worst - promised.rank + 1);
    outcome.formula
        = {QStringLiteral("peringkat R / peringkat T"), QStringLiteral("rank R / rank T")};
    outcome.value = fromWorstReached.multiplied(hundred).divided(fromWorstPromised, 2);
    outcome.notes.append({QStringLiteral("Perbandingan predikat: %1 terhadap target %2.")
                              .arg(realisasi.grade().label, promised.label),
                          QStringLiteral("A grade comparison: %1 against a target of %2.")
                              .arg(realisasi.grade().label, promised.label)});
}

void applyCap(const MeasureSettings &settings, Outcome &outcome)
{
    if (!outcome.value || settings.cap == MeasureSettings::Cap::None)
        return;
    const Decimal cap
        = Decimal::fromInt(settings.cap == MeasureSettings::Cap::Percent100 ? 100 : 120);
    if (*outcome.value <= cap)
        return;
    outcome.notes.append({QStringLiteral("Dibatasi %1 % (dari %2 %).")
                              .arg(number(cap), IndonesianNumber::format(*outcome.value, 2, 2)),
                          QStringLiteral("Capped at %1 % (from %2 %).")
                              .arg(number(cap), IndonesianNumber::format(*outcome.value, 2, 2))});
    outcome.value = cap;
}

Polaritas resolvedPolaritas(Polaritas polaritas, const TargetValue &target, Outcome &outcome)
{
    if (polaritas != Polaritas::NotGiven || target.kind() == TargetValue::Kind::Grade)
        return polaritas;
    if (target.kind() == TargetValue::Kind::Bound) {
        const bool upper = target.boundOp() == TargetValue::BoundOp::Less
            || target.boundOp() == TargetValue::BoundOp::LessOrEqual;
        outcome.notes.append(
            upper ? LocalizedText {QStringLiteral("Polaritas tidak diisi: dianggap negatif "
                                                  "karena targetnya batas atas."),
                                   QStringLiteral("No polaritas given: taken as negative, since "
                                                  "the target is an upper bound.")}
                  : LocalizedText {QStringLiteral("Polaritas tidak diisi: dianggap positif "
                                                  "karena targetnya batas bawah."),
                                   QStringLiteral("No polaritas given: taken as positive, since "
                                                  "the target is a lower bound.")});
        return upper ? Polaritas::Minimize : Polaritas::Maximize;
    }
    outcome.notes.append({QStringLiteral("Polaritas tidak diisi: dianggap positif."),
                          QStringLiteral("No polaritas given: taken as positive.")});
    return Polaritas::Maximize;
}

} // namespace

CapaianFormula::Outcome CapaianFormula::compute(const TargetValue &target,
                                                const TargetValue &realisasi,
                                                Indicator::Polaritas polaritas,
                                                const MeasureSettings &settings)
{
    Outcome outcome;
    switch (target.kind()) {
    case TargetValue::Kind::Empty:
        outcome.notes.append({QStringLiteral("Tidak ada target."), QStringLiteral("No target.")});
        return outcome;
    case TargetValue::Kind::Text:
        outcome.notes.append(
            {QStringLiteral("Target \"%1\" bukan nilai yang dapat diukur.").arg(target.text()),
             QStringLiteral("The target \"%1\" is not a measurable value.").arg(target.text())});
        return outcome;
    default:
        break;
    }
    switch (realisasi.kind()) {
    case TargetValue::Kind::Empty:
        outcome.notes.append({QStringLiteral("Realisasi belum dilaporkan."),
                              QStringLiteral("No realisasi reported.")});
        return outcome;
    case TargetValue::Kind::Number:
    case TargetValue::Kind::Grade:
        break;
    default:
        outcome.notes.append(
            {QStringLiteral("Realisasi \"%1\" bukan angka atau predikat.")
                 .arg(realisasi.toString()),
             QStringLiteral("The realisasi \"%1\" is neither a number nor a grade.")
                 .arg(realisasi.toString())});
        return outcome;
    }
    if (target.kind() == TargetValue::Kind::Grade) {
        grade(target, realisasi, outcome);
    } else if (realisasi.kind() == TargetValue::Kind::Grade) {
        outcome.notes.append(
            {QStringLiteral("Realisasi berupa predikat (%1), tetapi targetnya angka.")
                 .arg(realisasi.grade().label),
             QStringLiteral("The realisasi is a grade (%1), but the target is a number.")
                 .arg(realisasi.grade().label)});
    } else {
        polaritas = resolvedPolaritas(polaritas, target, outcome);
        if (target.kind() == TargetValue::Kind::Range)
            range(polaritas, target, realisasi.number(), settings, outcome);
        else
            byPolaritas(polaritas, target.number(), realisasi.number(), settings, outcome);
    }
    applyCap(settings, outcome);
    return outcome;
}

} // namespace Tepat
