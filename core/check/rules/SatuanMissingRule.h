#pragma once

#include "check/CheckRule.h"

namespace Tepat {

// satuan-missing: a target without a unit cannot be read ("85" what? per cent, people, days?).
// A unit written in the target cells ("85 %") is the satuan too. A sheet's table without a
// satuan column gets one piece of advice naming the units its measures imply, not an error on
// every row: many RPJMD matrices leave the unit to the measure. In a workspace, where satuan is
// a field of every indicator, an empty one is an error whose suggestion is the implied unit.
class SatuanMissingRule : public CheckRule
{
public:
    QLatin1String id() const override { return QLatin1String("satuan-missing"); }
    Severity defaultSeverity() const override { return Severity::Error; }
    LocalizedText title() const override;
    Subject subject() const override { return Subject::Indicator; }
    bool needsCascade() const override { return false; }
    void check(const IndicatorSubject &subject, QList<Finding> &findings) const override;
    void checkSheet(const IndicatorSheet &sheet, QList<Finding> &findings) const override;
};

} // namespace Tepat
