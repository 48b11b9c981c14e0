#include "check/rules/RealisasiFallsRule.h"

#include "check/IndicatorSubject.h"
#include "measure/Metode.h"
#include "values/IndonesianNumber.h"

namespace Tepat {

LocalizedText RealisasiFallsRule::title() const
{
    return {QStringLiteral("Realisasi kumulatif turun"),
            QStringLiteral("Cumulative realisasi goes down")};
}

void RealisasiFallsRule::check(const IndicatorSubject &subject, QList<Finding> &findings) const
{
    const Indicator &indicator = subject.indicator();
    if (!indicator.realisasi.isReported() || !pkOf(subject)
        || Metode::of(indicator) != Metode::Kind::Kumulatif) {
        return;
    }
    QStringList falls;
    Decimal toDate;
    for (int quarter = 1; quarter <= Realisasi::quarterCount; ++quarter) {
        const TargetValue &value = indicator.realisasi.triwulan(quarter).realisasi;
        if (value.kind() != TargetValue::Kind::Number)
            continue;
        const Decimal before = toDate;
        toDate = toDate + value.number();
        if (value.number().isNegative()) {
            falls.append(QStringLiteral("%1 %2 \u2192 %3")
                             .arg(Realisasi::quarterName(quarter),
                                  IndonesianNumber::format(before),
                                  IndonesianNumber::format(toDate)));
        }
    }
    if (falls.isEmpty())
        return;
    const QString listed = falls.join(QStringLiteral(", "));
    findings.append(finding(
        subject,
        Finding::Field::realisasi,
        {QStringLiteral("Realisasi kumulatif turun (s.d. triwulan sebelumnya \u2192 s.d. %1).")
             .arg(listed),
         QStringLiteral("The cumulative realisasi goes down (up to the quarter before \u2192 up "
                        "to %1).")
             .arg(listed)},
        {QStringLiteral("Isi setiap triwulan dengan capaian triwulan itu saja, bukan angka s.d. "
                        "triwulan; atau ubah metode indikator bila angkanya memang bisa turun."),
         QStringLiteral("Enter each quarter's own count, not the count to date; or change the "
                        "indicator's metode if its value can indeed go down.")}));
}

} // namespace Tepat
