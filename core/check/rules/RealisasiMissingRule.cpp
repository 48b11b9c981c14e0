#include "check/rules/RealisasiMissingRule.h"

#include "check/IndicatorSubject.h"
#include "model/MeasureSettings.h"

namespace Tepat {

LocalizedText RealisasiMissingRule::title() const
{
    return {QStringLiteral("Realisasi triwulan yang sudah ditutup belum diisi"),
            QStringLiteral("No realisasi for a closed quarter")};
}

void RealisasiMissingRule::check(const IndicatorSubject &subject, QList<Finding> &findings) const
{
    const PkDocument *pk = pkOf(subject);
    if (!pk)
        return;
    const MeasureSettings &settings = settingsOf(subject);
    if (settings.closedQuarter == 0 || pk->year != settings.reportingYear)
        return;
    const Realisasi &realisasi = subject.indicator().realisasi;
    QList<int> missing;
    for (int quarter = 1; quarter <= settings.closedQuarter; ++quarter) {
        if (!realisasi.triwulan(quarter).isReported())
            missing.append(quarter);
    }
    if (missing.isEmpty())
        return;
    const QString quarters = quarterList(missing);
    const QString closed = Realisasi::quarterName(settings.closedQuarter);
    findings.append(finding(
        subject,
        Finding::Field::realisasi,
        {QStringLiteral("Realisasi %1 belum diisi, padahal triwulan s.d. %2 %3 sudah ditutup.")
             .arg(quarters, closed)
             .arg(pk->year),
         QStringLiteral("No realisasi for %1, although the quarters up to %2 %3 are closed.")
             .arg(quarters, closed)
             .arg(pk->year)},
        {QStringLiteral("Isi realisasi setiap triwulan yang sudah ditutup; hasil nol ditulis 0, "
                        "bukan dikosongkan."),
         QStringLiteral("Enter the realisasi of every closed quarter; a result of nothing is "
                        "written 0, not left empty.")}));
}

} // namespace Tepat
