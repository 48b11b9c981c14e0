#pragma once

#include "check/CheckRule.h"

namespace Tepat {

// sasaran-without-indicator: an RPJMD, Renstra or PK sasaran that no indicator measures, so
// nobody can tell whether it was reached.
class SasaranWithoutIndicatorRule : public CheckRule
{
public:
    QLatin1String id() const override { return QLatin1String("sasaran-without-indicator"); }
    Severity defaultSeverity() const override { return Severity::Error; }
    LocalizedText title() const override;
    Subject subject() const override { return Subject::PlanItem; }
    bool needsCascade() const override { return true; }
    void
    check(const CheckContext &context, qint64 subjectId, QList<Finding> &findings) const override;
};

} // namespace Tepat
