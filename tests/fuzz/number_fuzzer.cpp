#include "FuzzTargets.h"
#include "values/IndonesianNumber.h"
#include "values/TargetValue.h"

namespace Tepat::Fuzz {

// Besides crashes, checks the round trips the classes promise: a number, a target cell and a
// canonical decimal each read back what they print.
int number(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const Result<Decimal> value = IndonesianNumber::parse(text)) {
        require(IndonesianNumber::parse(IndonesianNumber::format(*value)) == *value,
                "IndonesianNumber::parse(format(v)) == v");
        require(IndonesianNumber::parse(IndonesianNumber::formatPercent(*value)) == *value,
                "IndonesianNumber::parse(formatPercent(v)) == v");
        for (const auto style : {IndonesianNumber::RupiahStyle::Puebi,
                                 IndonesianNumber::RupiahStyle::Spaced,
                                 IndonesianNumber::RupiahStyle::Dotted}) {
            require(IndonesianNumber::parse(IndonesianNumber::formatRupiah(*value, style, true))
                        == value->rounded(2),
                    "IndonesianNumber::parse(formatRupiah(v, style, true)) == v.rounded(2)");
        }
    }
    const TargetValue target = TargetValue::parse(text);
    require(TargetValue::parse(target.toString()) == target, "TargetValue::parse(toString()) == v");
    if (const std::optional<Decimal> canonical = Decimal::fromCanonical(text)) {
        require(Decimal::fromCanonical(canonical->toCanonical()) == canonical,
                "Decimal::fromCanonical(toCanonical()) == v");
    }
    return 0;
}

} // namespace Tepat::Fuzz
