#pragma once

#include "check/CheckRule.h"

namespace Tepat {

// pk-target-differs: the PK promises another target for the year than the Renstra (or RPJMD)
// indicator it serves, so the agreement no longer follows the plan it was drawn from.
class PkTargetDiffersRule : public CheckRule
{
public:
    QLatin1String id() const override { return QLatin1String("pk-target-differs"); }
    Severity defaultSeverity() const override { return Severity::Warning; }
    LocalizedText title() const override;
    Subject subject() const override { return Subject::Indicator; }
    bool needsCascade() const override { return true; }
    void check(const IndicatorSubject &subject, QList<Finding> &findings) const override;
};

} // namespace Tepat
