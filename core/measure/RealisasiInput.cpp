#include "measure/RealisasiInput.h"

#include "measure/RealisasiCombiner.h"

namespace Tepat {

namespace {

Error refused(const QString &message)
{
    return Error(Error::Code::Invalid, message);
}

} // namespace

Result<TargetValue> RealisasiInput::realisasi(QStringView text, const TargetValue &target)
{
    const TargetValue value = TargetValue::parse(text);
    switch (RealisasiCombiner::resolve(value, target).kind()) {
    case TargetValue::Kind::Empty:
    case TargetValue::Kind::Number:
    case TargetValue::Kind::Grade:
        return value;
    case TargetValue::Kind::Range:
    case TargetValue::Kind::Bound:
        return fail(refused(tr("\"%1\" is a target, not a realisasi: write the one value that "
                               "was reached, e.g. 75,5.")
                                .arg(text.toString().trimmed())));
    case TargetValue::Kind::Text:
        break;
    }
    if (target.kind() == TargetValue::Kind::Grade) {
        const GradeScale *scale = GradeScale::find(target.grade().scaleId);
        return fail(
            refused(tr("\"%1\" is not a number or a grade of %2 (%3).")
                        .arg(text.toString().trimmed(),
                             scale ? scale->name() : target.grade().scaleId,
                             scale ? scale->labels().join(QStringLiteral(", ")) : QString())));
    }
    return fail(refused(tr("\"%1\" is not a number. Write it the Indonesian way, e.g. 75,5 or "
                           "1.250.")
                            .arg(text.toString().trimmed())));
}

Result<TargetValue> RealisasiInput::quarterTarget(QStringView text)
{
    const TargetValue value = TargetValue::parse(text);
    if (value.kind() == TargetValue::Kind::Text) {
        return fail(refused(tr("\"%1\" is not a target that can be measured: write a number, a "
                               "range, a bound or a grade.")
                                .arg(text.toString().trimmed())));
    }
    return value;
}

} // namespace Tepat
