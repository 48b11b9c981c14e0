#pragma once

#include "check/CheckRule.h"

namespace Tepat {

// pk-orphan: a PK indicator that serves nothing above it. It breaks the cascade: no Renstra or
// superior target is reached through it, so it cannot show its contribution.
class PkOrphanRule : public CheckRule
{
public:
    QLatin1String id() const override { return QLatin1String("pk-orphan"); }
    Severity defaultSeverity() const override { return Severity::Error; }
    LocalizedText title() const override;
    Subject subject() const override { return Subject::Indicator; }
    bool needsCascade() const override { return true; }
    void check(const IndicatorSubject &subject, QList<Finding> &findings) const override;
};

} // namespace Tepat
