#include "check/rules/PercentOver100Rule.h"

#include "check/IndicatorSubject.h"
#include "values/IndonesianNumber.h"

namespace Tepat {

bool PercentOver100Rule::isPercent(const QString &unit)
{
    const QString unitText = unit.trimmed().toLower();
    return unitText == QLatin1String("%") || unitText == QLatin1String("persen")
        || unitText == QLatin1String("persentase");
}

LocalizedText PercentOver100Rule::title() const
{
    return {QStringLiteral("Persentase di atas 100"), QStringLiteral("Percentage above 100")};
}

void PercentOver100Rule::check(const IndicatorSubject &subject, QList<Finding> &findings) const
{
    const Indicator &indicator = subject.indicator();
    const bool percentIndicator = isPercent(indicator.satuan);
    const Decimal hundred = Decimal::fromInt(100);
    QStringList over;
    for (auto target = indicator.targets.cbegin(); target != indicator.targets.cend(); ++target) {
        const bool measurable = target->kind() == TargetValue::Kind::Number
            || target->kind() == TargetValue::Kind::Bound
            || target->kind() == TargetValue::Kind::Range;
        if (!measurable || !(percentIndicator || isPercent(target->unit())))
            continue;
        const Decimal highest
            = target->kind() == TargetValue::Kind::Range ? target->high() : target->number();
        if (highest > hundred)
            over.append(target.key() == 0
                            ? target->toString()
                            : QStringLiteral("%1 (%2)").arg(target->toString()).arg(target.key()));
    }
    if (over.isEmpty())
        return;
    const QString listed = over.join(QStringLiteral(", "));
    findings.append(finding(
        subject,
        Finding::Field::target,
        {QStringLiteral("Target %1 melebihi 100 % padahal satuannya persen.").arg(listed),
         QStringLiteral("Target %1 is above 100 % although the unit is per cent.").arg(listed)},
        {QStringLiteral("Periksa apakah yang dimaksud jumlah (ganti satuannya) atau persentase "
                        "(maksimal 100)."),
         QStringLiteral(
             "Check whether a count is meant (change the unit) or a percentage (at most 100).")}));
}

} // namespace Tepat
