#pragma once

#include "base/Result.h"
#include "values/TargetValue.h"

#include <QCoreApplication>

namespace Tepat {

// What a realisasi or quarter-target cell may hold, typed or pasted, with the reason when it may
// not: a realisasi is one number ("75,5", "1.250", "0") or a grade of the target's scale ("WDP",
// "Baik" against an SPBE target); empty is "not reported". A quarter's target is any measurable
// target. Text that is neither is refused rather than stored, so that a capaian never silently
// goes missing.
class RealisasiInput
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::RealisasiInput)

public:
    static Result<TargetValue> realisasi(QStringView text, const TargetValue &target);
    static Result<TargetValue> quarterTarget(QStringView text);
};

} // namespace Tepat
