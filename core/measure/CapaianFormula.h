#pragma once

#include "base/LocalizedText.h"
#include "model/Indicator.h"
#include "model/MeasureSettings.h"

#include <QList>

#include <optional>

namespace Tepat {

// Capaian in per cent of one realisasi against one target, by the rules of issue #12:
// higher-is-better R / T; lower-is-better (2T − R) / T, never below 0; a range scores 100 inside
// and the polarity's formula against the bound it missed outside; a bound against its value; a
// grade 100 when reached, else the ratio of the ranks counted from the worst grade; stabil 100 at
// the target, the higher-is-better formula below it and the lower-is-better above it. Then the
// workspace's cap. The value is the exact ratio rounded once to two decimals; no double is
// involved, so "2,8" stays 2,8 and 95,45 % is 95,45 % in every report.
class CapaianFormula
{
public:
    struct Outcome
    {
        std::optional<Decimal> value; // per cent, two decimals; none: see notes
        LocalizedText formula;        // "(2T − R) / T"; empty when nothing was computed
        QList<LocalizedText> notes;   // why there is no value, or what was assumed
        bool gradeComparison = false;
    };

    // realisasi is a Number or a grade (a Text or Empty gives no value, with the reason). A
    // polaritas not given is taken from a bound target ("≤ 10" is lower-is-better) or else
    // assumed higher-is-better, which the notes say.
    static Outcome compute(const TargetValue &target,
                           const TargetValue &realisasi,
                           Indicator::Polaritas polaritas,
                           const MeasureSettings &settings);
};

} // namespace Tepat
