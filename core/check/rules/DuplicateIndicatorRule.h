#pragma once

#include "check/CheckRule.h"

namespace Tepat {

// duplicate-indicator: the same indicator twice in one PK (compared ignoring case and spacing),
// usually a row pasted twice; it counts one promise as two.
class DuplicateIndicatorRule : public CheckRule
{
public:
    QLatin1String id() const override { return QLatin1String("duplicate-indicator"); }
    Severity defaultSeverity() const override { return Severity::Warning; }
    LocalizedText title() const override;
    Subject subject() const override { return Subject::Pk; }
    bool needsCascade() const override { return true; }
    void
    check(const CheckContext &context, qint64 subjectId, QList<Finding> &findings) const override;
};

} // namespace Tepat
