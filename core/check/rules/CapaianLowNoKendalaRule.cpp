#include "check/rules/CapaianLowNoKendalaRule.h"

#include "check/CheckContext.h"
#include "check/IndicatorSubject.h"
#include "measure/CapaianEngine.h"

namespace Tepat {

namespace {

bool isLow(const Capaian &capaian, const MeasureSettings &settings)
{
    if (!capaian.value)
        return false;
    // A count against the whole year's target is bound to look low in TW I; it is judged
    // against the share of the year gone by, as the quarters' own targets would have it.
    Decimal judged = *capaian.value;
    if (capaian.metode == Metode::Kind::Kumulatif && !capaian.quarterlyTarget
        && capaian.quarter < Realisasi::quarterCount) {
        judged = judged.multiplied(Decimal::fromInt(Realisasi::quarterCount))
                     .divided(Decimal::fromInt(capaian.quarter), 2)
                     .value_or(judged);
    }
    if (settings.kendalaBelow)
        return judged < *settings.kendalaBelow;
    // In the worst band: below "Kurang" on the default scale, in "Merah" on the traffic lights.
    const int bands = int(settings.kategori.bands().size());
    return bands > 1 && settings.kategori.bandOf(judged).value_or(bands - 1) == bands - 1;
}

} // namespace

LocalizedText CapaianLowNoKendalaRule::title() const
{
    return {QStringLiteral("Capaian rendah tanpa kendala dan tindak lanjut"),
            QStringLiteral("Low capaian without kendala and tindak lanjut")};
}

void CapaianLowNoKendalaRule::check(const IndicatorSubject &subject, QList<Finding> &findings) const
{
    const Indicator &indicator = subject.indicator();
    if (!indicator.realisasi.isReported())
        return;
    if (!pkOf(subject))
        return;
    const Cascade &cascade = subject.context()->cascade();
    const CapaianEngine engine(cascade.measureSettings());
    QStringList low;
    for (int quarter = 1; quarter <= Realisasi::quarterCount; ++quarter) {
        const RealisasiTriwulan &triwulan = indicator.realisasi.triwulan(quarter);
        if (!triwulan.isReported()
            || (!triwulan.kendala.trimmed().isEmpty()
                && !triwulan.tindakLanjut.trimmed().isEmpty())) {
            continue;
        }
        const Capaian capaian = engine.measure(cascade, indicator, quarter);
        if (isLow(capaian, engine.settings())) {
            low.append(QStringLiteral("%1 %2 (%3)")
                           .arg(Realisasi::quarterName(quarter),
                                Capaian::percentText(*capaian.value),
                                capaian.kategoriLabel));
        }
    }
    if (low.isEmpty())
        return;
    const QString listed = low.join(QStringLiteral(", "));
    findings.append(finding(
        subject,
        Finding::Field::kendala,
        {QStringLiteral("Capaian rendah tanpa kendala dan tindak lanjut: s.d. %1.").arg(listed),
         QStringLiteral("Low capaian without kendala and tindak lanjut: up to %1.").arg(listed)},
        {QStringLiteral("Tulis kendala yang menghambat dan tindak lanjut untuk mengejar target "
                        "pada triwulan itu."),
         QStringLiteral("Write what held the result back (kendala) and what will be done to "
                        "catch up (tindak lanjut) for that quarter.")}));
}

} // namespace Tepat
