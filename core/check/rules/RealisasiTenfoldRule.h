#pragma once

#include "check/ResultsRule.h"

namespace Tepat {

// realisasi-tenfold: a triwulan's realisasi ten times (or a tenth of) every other quarter of the
// indicator: most often a digit typed twice or left out (450 for 45, 4,5 for 45). With only two
// quarters reported the later one is named, since it was typed last.
class RealisasiTenfoldRule : public ResultsRule
{
public:
    QLatin1String id() const override { return QLatin1String("realisasi-tenfold"); }
    Severity defaultSeverity() const override { return Severity::Warning; }
    LocalizedText title() const override;
    void check(const IndicatorSubject &subject, QList<Finding> &findings) const override;
};

} // namespace Tepat
