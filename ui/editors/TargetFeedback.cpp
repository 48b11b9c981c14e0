#include "editors/TargetFeedback.h"

#include "values/IndonesianNumber.h"
#include "values/TargetValue.h"

namespace Tepat {

QString TargetFeedback::message(const QString &cell)
{
    const TargetValue value = TargetValue::parse(cell);
    if (value.kind() != TargetValue::Kind::Text)
        return {};
    const bool hasDigit
        = std::any_of(cell.cbegin(), cell.cend(), [](QChar c) { return c.isDigit(); });
    if (hasDigit) {
        const Result<Decimal> number = IndonesianNumber::parse(cell);
        if (!number)
            return number.error().message;
    }
    return tr("\"%1\" is words, not a number, range or grade: the target cannot be measured.")
        .arg(cell.trimmed());
}

} // namespace Tepat
