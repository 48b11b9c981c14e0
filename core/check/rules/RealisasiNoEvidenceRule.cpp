#include "check/rules/RealisasiNoEvidenceRule.h"

#include "check/IndicatorSubject.h"

namespace Tepat {

LocalizedText RealisasiNoEvidenceRule::title() const
{
    return {QStringLiteral("Realisasi tanpa bukti atau sumber data"),
            QStringLiteral("Realisasi without bukti or data source")};
}

void RealisasiNoEvidenceRule::check(const IndicatorSubject &subject, QList<Finding> &findings) const
{
    const Indicator &indicator = subject.indicator();
    if (!indicator.realisasi.isReported() || !pkOf(subject))
        return;
    QList<int> withoutBukti;
    for (int quarter = 1; quarter <= Realisasi::quarterCount; ++quarter) {
        const RealisasiTriwulan &triwulan = indicator.realisasi.triwulan(quarter);
        if (triwulan.isReported() && triwulan.bukti.trimmed().isEmpty())
            withoutBukti.append(quarter);
    }
    if (!withoutBukti.isEmpty()) {
        const QString quarters = quarterList(withoutBukti);
        findings.append(finding(
            subject,
            Finding::Field::bukti,
            {QStringLiteral("Realisasi %1 dilaporkan tanpa bukti: di mana datanya?").arg(quarters),
             QStringLiteral("The realisasi of %1 is reported without bukti: where is the data?")
                 .arg(quarters)},
            {QStringLiteral("Sebutkan dokumen, tautan atau berkas yang memuat angka realisasi, "
                            "mis. \"Laporan SIMPUS TW I 2026\"."),
             QStringLiteral("Name the document, link or file that holds the figure, e.g. "
                            "\"Laporan SIMPUS TW I 2026\".")}));
    }
    if (indicator.sumberData.trimmed().isEmpty() && !subject.isIku()) {
        findings.append(
            finding(subject,
                    Finding::Field::sumberData,
                    {QStringLiteral("Realisasi dilaporkan, tetapi indikator ini tidak punya sumber "
                                    "data: di mana datanya?"),
                     QStringLiteral("Realisasi is reported, but the indicator has no data source: "
                                    "where is the data?")},
                    {QStringLiteral("Isi sumber data indikator: dokumen atau sistem asal angka "
                                    "dan pengelolanya."),
                     QStringLiteral("Fill in the indicator's data source: the document or system "
                                    "the figures come from and who keeps it.")}));
    }
}

} // namespace Tepat
