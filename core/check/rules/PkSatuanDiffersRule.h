#pragma once

#include "check/CheckRule.h"

namespace Tepat {

// pk-satuan-differs: a PK indicator measured in another satuan than the Renstra (or RPJMD)
// indicator it serves. Their targets cannot be compared, and the link is probably to the wrong
// indicator.
class PkSatuanDiffersRule : public CheckRule
{
public:
    QLatin1String id() const override { return QLatin1String("pk-satuan-differs"); }
    Severity defaultSeverity() const override { return Severity::Warning; }
    LocalizedText title() const override;
    Subject subject() const override { return Subject::Indicator; }
    bool needsCascade() const override { return true; }
    void check(const IndicatorSubject &subject, QList<Finding> &findings) const override;
};

} // namespace Tepat
