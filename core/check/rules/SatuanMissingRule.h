#pragma once

#include "check/CheckRule.h"

namespace Tepat {

// satuan-missing: a target without a unit cannot be read ("85" what? per cent, people, days?).
class SatuanMissingRule : public CheckRule
{
public:
    QLatin1String id() const override { return QLatin1String("satuan-missing"); }
    Severity defaultSeverity() const override { return Severity::Error; }
    LocalizedText title() const override;
    Subject subject() const override { return Subject::Indicator; }
    bool needsCascade() const override { return false; }
    void check(const IndicatorSubject &subject, QList<Finding> &findings) const override;
};

} // namespace Tepat
