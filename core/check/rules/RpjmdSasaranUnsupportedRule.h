#pragma once

#include "check/CheckRule.h"

namespace Tepat {

// rpjmd-sasaran-unsupported: an RPJMD sasaran that no OPD's Renstra sasaran supports. Nobody is
// tasked with it, so it will not be reached.
class RpjmdSasaranUnsupportedRule : public CheckRule
{
public:
    QLatin1String id() const override { return QLatin1String("rpjmd-sasaran-unsupported"); }
    Severity defaultSeverity() const override { return Severity::Warning; }
    LocalizedText title() const override;
    Subject subject() const override { return Subject::PlanItem; }
    bool needsCascade() const override { return true; }
    void
    check(const CheckContext &context, qint64 subjectId, QList<Finding> &findings) const override;
};

} // namespace Tepat
