#pragma once

#include "check/ResultsRule.h"

namespace Tepat {

// realisasi-cumulative-falls: the realisasi of a kumulatif indicator that goes down from one
// triwulan to the next. A kumulatif indicator counts what happened each quarter and adds them up,
// so a count to date can only stay or rise; a fall is a negative quarter, usually a running total
// typed where the quarter's own count belongs, or a correction written in the wrong place.
class RealisasiFallsRule : public ResultsRule
{
public:
    QLatin1String id() const override { return QLatin1String("realisasi-cumulative-falls"); }
    Severity defaultSeverity() const override { return Severity::Error; }
    LocalizedText title() const override;
    void check(const IndicatorSubject &subject, QList<Finding> &findings) const override;
};

} // namespace Tepat
