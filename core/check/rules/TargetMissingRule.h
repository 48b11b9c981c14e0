#pragma once

#include "check/CheckRule.h"

namespace Tepat {

// target-missing: a year of the period (or the PK's year) has no target, so there is nothing to
// measure the result against.
class TargetMissingRule : public CheckRule
{
public:
    QLatin1String id() const override { return QLatin1String("target-missing"); }
    Severity defaultSeverity() const override { return Severity::Error; }
    LocalizedText title() const override;
    Subject subject() const override { return Subject::Indicator; }
    bool needsCascade() const override { return false; }
    void check(const IndicatorSubject &subject, QList<Finding> &findings) const override;
};

} // namespace Tepat
