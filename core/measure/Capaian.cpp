#include "measure/Capaian.h"

#include "values/IndonesianNumber.h"

namespace Tepat {

QString Capaian::percentText(const Decimal &value)
{
    return IndonesianNumber::format(value, 2, 2) + QStringLiteral(" %");
}

QString Capaian::valueText(const TargetValue &value)
{
    if (value.kind() != TargetValue::Kind::Number || value.number().scale() <= 2)
        return value.toString();
    return TargetValue::fromNumber(value.number().rounded(2), value.unit()).toString();
}

} // namespace Tepat
