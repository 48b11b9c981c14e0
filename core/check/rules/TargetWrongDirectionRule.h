#pragma once

#include "check/CheckRule.h"

namespace Tepat {

// target-wrong-direction: "tahun depan harus naik". A maximise indicator whose target falls in
// some year, or stays flat over the whole period; the mirror for a minimise one. Only results
// are trend-checked (tujuan, sasaran strategis and program outcomes): kegiatan and sub kegiatan
// outputs follow the budget and the routine. A plateau of a year inside a moving series is
// normal, and so is a series flat at its natural limit (100 % or an index capped at 100, a top
// grade such as WTP or AA, zero for a minimise indicator). Stabilise indicators are not
// trend-checked. Without a given polaritas the direction is inferred from the wording and the
// finding says so; where the wording does not decide it, there is no trend check but one piece
// of advice on how to give the polaritas (once per table for a sheet without the column).
class TargetWrongDirectionRule : public CheckRule
{
public:
    QLatin1String id() const override { return QLatin1String("target-wrong-direction"); }
    Severity defaultSeverity() const override { return Severity::Warning; }
    LocalizedText title() const override;
    Subject subject() const override { return Subject::Indicator; }
    bool needsCascade() const override { return false; }
    void check(const IndicatorSubject &subject, QList<Finding> &findings) const override;
    void checkSheet(const IndicatorSheet &sheet, QList<Finding> &findings) const override;
};

} // namespace Tepat
