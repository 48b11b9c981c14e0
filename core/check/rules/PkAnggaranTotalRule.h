#pragma once

#include "check/CheckRule.h"

namespace Tepat {

// pk-anggaran-total: the "Jumlah" typed under a PK's program table is not the sum of its rows,
// the classic slip of a table drafted in Word. The signed total would then be wrong.
class PkAnggaranTotalRule : public CheckRule
{
public:
    QLatin1String id() const override { return QLatin1String("pk-anggaran-total"); }
    Severity defaultSeverity() const override { return Severity::Error; }
    LocalizedText title() const override;
    Subject subject() const override { return Subject::Pk; }
    bool needsCascade() const override { return true; }
    void
    check(const CheckContext &context, qint64 subjectId, QList<Finding> &findings) const override;
};

} // namespace Tepat
