#pragma once

#include "check/CheckRule.h"

namespace Tepat {

// renstra-sasaran-unlinked: a Renstra sasaran that names no RPJMD sasaran. The Renstra must
// trace to the RPJMD (Permendagri 86/2017); an unlinked sasaran serves no regional goal.
class RenstraSasaranUnlinkedRule : public CheckRule
{
public:
    QLatin1String id() const override { return QLatin1String("renstra-sasaran-unlinked"); }
    Severity defaultSeverity() const override { return Severity::Error; }
    LocalizedText title() const override;
    Subject subject() const override { return Subject::PlanItem; }
    bool needsCascade() const override { return true; }
    void
    check(const CheckContext &context, qint64 subjectId, QList<Finding> &findings) const override;
};

} // namespace Tepat
