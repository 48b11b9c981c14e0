#pragma once

#include "check/CheckRule.h"

namespace Tepat {

// iku-not-in-pk: an IKU of an OPD that no indicator of its head's PK serves. The IKU are what the
// OPD is held to; a kepala OPD's PK that leaves one out promises less than the plan.
class IkuNotInPkRule : public CheckRule
{
public:
    QLatin1String id() const override { return QLatin1String("iku-not-in-pk"); }
    Severity defaultSeverity() const override { return Severity::Warning; }
    LocalizedText title() const override;
    Subject subject() const override { return Subject::Indicator; }
    bool needsCascade() const override { return true; }
    void check(const IndicatorSubject &subject, QList<Finding> &findings) const override;
};

} // namespace Tepat
