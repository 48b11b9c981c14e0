#pragma once

#include "check/ResultsRule.h"

namespace Tepat {

// capaian-low-no-kendala: a triwulan whose capaian (s.d. that triwulan) falls in the worst
// kategori, or below the workspace's own threshold, without kendala and tindak lanjut written. A
// low result is no finding in itself; a low result nobody explains is, because the LKjIP and the
// Inspektorat's evaluation ask for the obstacle and the remedy. A kumulatif count measured
// against the year's target is judged pro rata (s.d. TW II against half the year), or it would
// look low every first quarter.
class CapaianLowNoKendalaRule : public ResultsRule
{
public:
    QLatin1String id() const override { return QLatin1String("capaian-low-no-kendala"); }
    Severity defaultSeverity() const override { return Severity::Warning; }
    LocalizedText title() const override;
    void check(const IndicatorSubject &subject, QList<Finding> &findings) const override;
};

} // namespace Tepat
