#pragma once

#include "check/ResultsRule.h"

namespace Tepat {

// realisasi-missing: a PK indicator of the reporting year without realisasi for a triwulan the
// workspace has closed. The closed triwulan is a setting the user moves, never today's date, so
// the findings are the same on every machine and every day.
class RealisasiMissingRule : public ResultsRule
{
public:
    QLatin1String id() const override { return QLatin1String("realisasi-missing"); }
    Severity defaultSeverity() const override { return Severity::Warning; }
    LocalizedText title() const override;
    void check(const IndicatorSubject &subject, QList<Finding> &findings) const override;
};

} // namespace Tepat
