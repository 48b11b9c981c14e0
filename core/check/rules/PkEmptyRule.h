#pragma once

#include "check/CheckRule.h"

namespace Tepat {

// pk-empty: a PK without any sasaran, or whose sasaran have no indicator at all. Signed as it is,
// it would promise nothing.
class PkEmptyRule : public CheckRule
{
public:
    QLatin1String id() const override { return QLatin1String("pk-empty"); }
    Severity defaultSeverity() const override { return Severity::Error; }
    LocalizedText title() const override;
    Subject subject() const override { return Subject::Pk; }
    bool needsCascade() const override { return true; }
    void
    check(const CheckContext &context, qint64 subjectId, QList<Finding> &findings) const override;
};

} // namespace Tepat
