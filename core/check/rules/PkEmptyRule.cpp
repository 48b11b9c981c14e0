#include "check/rules/PkEmptyRule.h"

#include "check/CheckContext.h"

namespace Tepat {

LocalizedText PkEmptyRule::title() const
{
    return {QStringLiteral("PK kosong"), QStringLiteral("Empty PK")};
}

void PkEmptyRule::check(const CheckContext &context,
                        qint64 subjectId,
                        QList<Finding> &findings) const
{
    const Cascade &cascade = context.cascade();
    const QList<qint64> &sasaran = cascade.childItems(subjectId);
    if (sasaran.isEmpty()) {
        findings.append(finding(
            subjectId,
            Finding::Field::indicators,
            {QStringLiteral("PK ini belum berisi sasaran maupun indikator: tidak ada yang "
                            "diperjanjikan."),
             QStringLiteral("This PK has no sasaran and no indicator yet: it promises nothing.")},
            {QStringLiteral("Tambahkan sasaran dengan indikator dan targetnya, atau hapus PK ini."),
             QStringLiteral("Add a sasaran with its indicators and targets, or delete this PK.")}));
        return;
    }
    for (qint64 id : sasaran) {
        if (!cascade.indicatorsOf(id).isEmpty())
            return;
    }
    findings.append(finding(
        subjectId,
        Finding::Field::indicators,
        {QStringLiteral("Sasaran PK ini belum berisi satu indikator pun: tidak ada yang dapat "
                        "diukur."),
         QStringLiteral(
             "None of this PK's sasaran has an indicator yet: nothing can be measured.")},
        {QStringLiteral("Tambahkan indikator dengan satuan dan target pada tiap sasaran."),
         QStringLiteral("Add indicators with satuan and targets to each sasaran.")}));
}

} // namespace Tepat
