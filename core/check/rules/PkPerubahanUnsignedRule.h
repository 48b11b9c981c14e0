#pragma once

#include "check/CheckRule.h"

namespace Tepat {

// pk-perubahan-unsigned: a PK Perubahan of a version that was never signed. A PK is changed
// after it was agreed; an unsigned version can still be edited instead, and a perubahan of it
// leaves the reviewer with an agreement nobody signed.
class PkPerubahanUnsignedRule : public CheckRule
{
public:
    QLatin1String id() const override { return QLatin1String("pk-perubahan-unsigned"); }
    Severity defaultSeverity() const override { return Severity::Warning; }
    LocalizedText title() const override;
    Subject subject() const override { return Subject::Pk; }
    bool needsCascade() const override { return true; }
    void
    check(const CheckContext &context, qint64 subjectId, QList<Finding> &findings) const override;
};

} // namespace Tepat
