#include "check/rules/RealisasiTenfoldRule.h"

#include "check/IndicatorSubject.h"

namespace Tepat {

namespace {

struct Reported
{
    int quarter;
    Decimal value;
};

// Whether a is at least ten times b.
bool tenfold(const Decimal &a, const Decimal &b)
{
    return a >= b.multiplied(Decimal::fromInt(10));
}

} // namespace

LocalizedText RealisasiTenfoldRule::title() const
{
    return {QStringLiteral("Realisasi sepuluh kali lipat triwulan lain"),
            QStringLiteral("Realisasi tenfold away from the other quarters")};
}

void RealisasiTenfoldRule::check(const IndicatorSubject &subject, QList<Finding> &findings) const
{
    const Indicator &indicator = subject.indicator();
    if (!indicator.realisasi.isReported() || !pkOf(subject))
        return;
    // Zeros and negatives have no ratio; a reported 0 is a result, not a typo.
    QList<Reported> reported;
    for (int quarter = 1; quarter <= Realisasi::quarterCount; ++quarter) {
        const TargetValue &value = indicator.realisasi.triwulan(quarter).realisasi;
        if (value.kind() == TargetValue::Kind::Number && value.number() > Decimal())
            reported.append({quarter, value.number()});
    }
    if (reported.size() < 2)
        return;
    QList<int> odd;
    if (reported.size() == 2) {
        if (tenfold(reported[1].value, reported[0].value)
            || tenfold(reported[0].value, reported[1].value))
            odd.append(reported[1].quarter);
    } else {
        for (const Reported &one : std::as_const(reported)) {
            // Above every other quarter tenfold, or below every other one tenfold.
            bool above = true;
            bool below = true;
            for (const Reported &other : std::as_const(reported)) {
                if (other.quarter == one.quarter)
                    continue;
                above = above && tenfold(one.value, other.value);
                below = below && tenfold(other.value, one.value);
            }
            if (above || below)
                odd.append(one.quarter);
        }
    }
    if (odd.isEmpty())
        return;
    QStringList listed;
    for (int quarter : std::as_const(odd)) {
        listed.append(QStringLiteral("%1 (%2)").arg(
            Realisasi::quarterName(quarter),
            indicator.realisasi.triwulan(quarter).realisasi.toString()));
    }
    const QString quarters = listed.join(QStringLiteral(", "));
    findings.append(finding(
        subject,
        Finding::Field::realisasi,
        {QStringLiteral("Realisasi %1 sepuluh kali lipat (atau sepersepuluh) triwulan lainnya: "
                        "salah ketik?")
             .arg(quarters),
         QStringLiteral("The realisasi of %1 is tenfold (or a tenth of) the other quarters: a "
                        "typo?")
             .arg(quarters)},
        {QStringLiteral("Periksa angkanya terhadap buktinya: kelebihan atau kekurangan satu "
                        "digit?"),
         QStringLiteral("Check the figure against its bukti: a digit too many or too few?")}));
}

} // namespace Tepat
