#pragma once

#include "check/CheckRule.h"

namespace Tepat {

// target-not-a-value: a word such as "Meningkat", "Baik" or "Tercapai" where a value belongs.
// Nobody can say at the end of the year whether it was reached.
class TargetNotAValueRule : public CheckRule
{
public:
    QLatin1String id() const override { return QLatin1String("target-not-a-value"); }
    Severity defaultSeverity() const override { return Severity::Error; }
    LocalizedText title() const override;
    Subject subject() const override { return Subject::Indicator; }
    bool needsCascade() const override { return false; }
    void check(const IndicatorSubject &subject, QList<Finding> &findings) const override;
};

} // namespace Tepat
