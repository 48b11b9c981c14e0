#pragma once

#include "check/CheckRule.h"

namespace Tepat {

// percent-over-100: a percentage target above 100, usually a count typed into a % column or a
// target that cannot be reached.
class PercentOver100Rule : public CheckRule
{
public:
    QLatin1String id() const override { return QLatin1String("percent-over-100"); }
    Severity defaultSeverity() const override { return Severity::Error; }
    LocalizedText title() const override;
    Subject subject() const override { return Subject::Indicator; }
    bool needsCascade() const override { return false; }
    void check(const IndicatorSubject &subject, QList<Finding> &findings) const override;

    // "%" or "persen", however written.
    static bool isPercent(const QString &unit);
};

} // namespace Tepat
