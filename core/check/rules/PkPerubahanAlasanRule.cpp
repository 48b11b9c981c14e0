#include "check/rules/PkPerubahanAlasanRule.h"

#include "check/CheckContext.h"

namespace Tepat {

LocalizedText PkPerubahanAlasanRule::title() const
{
    return {QStringLiteral("PK Perubahan tanpa alasan"),
            QStringLiteral("PK Perubahan without alasan")};
}

void PkPerubahanAlasanRule::check(const CheckContext &context,
                                  qint64 subjectId,
                                  QList<Finding> &findings) const
{
    const PkDocument &pk = *context.cascade().pk(subjectId);
    if (pk.kind != PkDocument::Kind::Perubahan || pk.alasan != PkDocument::Alasan::NotGiven)
        return;
    findings.append(finding(
        subjectId,
        QLatin1String("alasan"),
        {QStringLiteral("PK Perubahan ini tidak menyebut alasannya: target PK hanya boleh "
                        "diubah karena pergantian pejabat, perubahan strategi (program, kegiatan "
                        "atau anggaran), atau perubahan prioritas atau asumsi."),
         QStringLiteral("This PK Perubahan gives no alasan: a PK's targets may only change for a "
                        "new official, a change of strategy (program, kegiatan or budget), or "
                        "changed priorities or assumptions.")},
        {QStringLiteral("Pilih alasan perubahan dan tulis dasarnya, misalnya \"Perda "
                        "APBD-Perubahan 2026\" atau nomor SK mutasi."),
         QStringLiteral("Choose the alasan and write its dasar, e.g. \"Perda APBD-Perubahan "
                        "2026\" or the number of the SK mutasi.")}));
}

} // namespace Tepat
