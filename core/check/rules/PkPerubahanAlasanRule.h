#pragma once

#include "check/CheckRule.h"

namespace Tepat {

// pk-perubahan-alasan: a PK Perubahan that does not say on which of the three grounds of
// PermenPAN-RB 53/2014 it changes the agreement (a new official; a change of strategy, program,
// kegiatan or budget; changed priorities or assumptions). A target may only change on one of
// them, and the evaluator asks which.
class PkPerubahanAlasanRule : public CheckRule
{
public:
    QLatin1String id() const override { return QLatin1String("pk-perubahan-alasan"); }
    Severity defaultSeverity() const override { return Severity::Error; }
    LocalizedText title() const override;
    Subject subject() const override { return Subject::Pk; }
    bool needsCascade() const override { return true; }
    void
    check(const CheckContext &context, qint64 subjectId, QList<Finding> &findings) const override;
};

} // namespace Tepat
