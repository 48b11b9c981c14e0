#include "check/rules/PkAnggaranTotalRule.h"

#include "check/CheckContext.h"
#include "values/IndonesianNumber.h"

namespace Tepat {

LocalizedText PkAnggaranTotalRule::title() const
{
    return {QStringLiteral("Jumlah anggaran PK tidak sama dengan rinciannya"),
            QStringLiteral("PK anggaran total differs from its rows")};
}

void PkAnggaranTotalRule::check(const CheckContext &context,
                                qint64 subjectId,
                                QList<Finding> &findings) const
{
    const PkDocument &pk = *context.cascade().pk(subjectId);
    if (!pk.declaredTotal)
        return;
    const Decimal sum = pk.anggaranTotal();
    if (*pk.declaredTotal == sum)
        return;
    const QString declared = IndonesianNumber::formatRupiah(*pk.declaredTotal);
    const QString computed = IndonesianNumber::formatRupiah(sum);
    const QString difference = IndonesianNumber::formatRupiah((*pk.declaredTotal - sum).abs());
    findings.append(finding(
        subjectId,
        Finding::Field::anggaran,
        {QStringLiteral("Jumlah anggaran tertulis %1, padahal jumlah rinciannya %2 (selisih %3).")
             .arg(declared, computed, difference),
         QStringLiteral(
             "The anggaran total reads %1, but its rows add up to %2 (a difference of %3).")
             .arg(declared, computed, difference)},
        {QStringLiteral(
             "Periksa angka tiap baris terhadap DPA; jumlah harus sama dengan penjumlahan baris."),
         QStringLiteral(
             "Check each row against the DPA; the total must be the sum of the rows.")}));
}

} // namespace Tepat
