#pragma once

#include "check/CheckRule.h"

namespace Tepat {

// pk-program-no-anggaran: a program or kegiatan row of a PK without anggaran. The PK's second
// table states what the DPA funds; a row without money is either missing from the DPA or
// missing its amount.
class PkProgramNoAnggaranRule : public CheckRule
{
public:
    QLatin1String id() const override { return QLatin1String("pk-program-no-anggaran"); }
    Severity defaultSeverity() const override { return Severity::Error; }
    LocalizedText title() const override;
    Subject subject() const override { return Subject::Pk; }
    bool needsCascade() const override { return true; }
    void
    check(const CheckContext &context, qint64 subjectId, QList<Finding> &findings) const override;
};

} // namespace Tepat
