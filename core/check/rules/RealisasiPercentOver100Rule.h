#pragma once

#include "check/ResultsRule.h"

namespace Tepat {

// realisasi-percent-over-100: a realisasi above 100 on an indicator whose satuan is %. Usually
// a count typed where a percentage belongs, or a percentage of the wrong base.
class RealisasiPercentOver100Rule : public ResultsRule
{
public:
    QLatin1String id() const override { return QLatin1String("realisasi-percent-over-100"); }
    Severity defaultSeverity() const override { return Severity::Warning; }
    LocalizedText title() const override;
    void check(const IndicatorSubject &subject, QList<Finding> &findings) const override;
};

} // namespace Tepat
