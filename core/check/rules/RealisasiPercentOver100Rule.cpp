#include "check/rules/RealisasiPercentOver100Rule.h"

#include "check/IndicatorSubject.h"
#include "check/rules/PercentOver100Rule.h"
#include "values/IndonesianNumber.h"

namespace Tepat {

LocalizedText RealisasiPercentOver100Rule::title() const
{
    return {QStringLiteral("Realisasi persentase di atas 100"),
            QStringLiteral("Percentage realisasi above 100")};
}

void RealisasiPercentOver100Rule::check(const IndicatorSubject &subject,
                                        QList<Finding> &findings) const
{
    const Indicator &indicator = subject.indicator();
    if (!indicator.realisasi.isReported() || !pkOf(subject))
        return;
    const bool percentIndicator = PercentOver100Rule::isPercent(indicator.satuan);
    const Decimal hundred = Decimal::fromInt(100);
    QStringList over;
    for (int quarter = 1; quarter <= Realisasi::quarterCount; ++quarter) {
        const TargetValue &value = indicator.realisasi.triwulan(quarter).realisasi;
        if (value.kind() == TargetValue::Kind::Number
            && (percentIndicator || PercentOver100Rule::isPercent(value.unit()))
            && value.number() > hundred) {
            over.append(
                QStringLiteral("%1 (%2)").arg(value.toString(), Realisasi::quarterName(quarter)));
        }
    }
    if (over.isEmpty())
        return;
    const QString listed = over.join(QStringLiteral(", "));
    findings.append(finding(
        subject,
        Finding::Field::realisasi,
        {QStringLiteral("Realisasi %1 melebihi 100 % padahal satuannya persen.").arg(listed),
         QStringLiteral("Realisasi %1 is above 100 % although the unit is per cent.").arg(listed)},
        {QStringLiteral("Periksa pembilang dan penyebutnya: persentase paling tinggi 100."),
         QStringLiteral("Check the numerator and the denominator: a percentage is at most "
                        "100.")}));
}

} // namespace Tepat
