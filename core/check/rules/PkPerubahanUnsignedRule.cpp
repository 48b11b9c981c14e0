#include "check/rules/PkPerubahanUnsignedRule.h"

#include "check/CheckContext.h"

namespace Tepat {

LocalizedText PkPerubahanUnsignedRule::title() const
{
    return {QStringLiteral("PK Perubahan dari PK yang belum ditandatangani"),
            QStringLiteral("PK Perubahan of a PK never signed")};
}

void PkPerubahanUnsignedRule::check(const CheckContext &context,
                                    qint64 subjectId,
                                    QList<Finding> &findings) const
{
    const Cascade &cascade = context.cascade();
    const PkDocument *previous = cascade.pk(cascade.pk(subjectId)->previousVersionId);
    if (!previous)
        return;
    const bool everSigned = std::any_of(
        previous->lockHistory.cbegin(), previous->lockHistory.cend(), [](const PkLockEvent &event) {
            return event.action == PkLockEvent::Action::Lock;
        });
    if (everSigned)
        return;
    findings.append(finding(
        subjectId,
        QLatin1String("alasan"),
        {QStringLiteral("PK yang diubah oleh PK Perubahan ini belum pernah ditandatangani: "
                        "perubahan hanya berarti atas perjanjian yang sudah disepakati."),
         QStringLiteral("The PK this PK Perubahan changes was never signed: a change only means "
                        "something for an agreement that was made.")},
        {QStringLiteral("Tandai PK awal sebagai sudah ditandatangani (dengan tanggalnya), atau "
                        "hapus PK Perubahan ini dan ubah PK awal."),
         QStringLiteral("Mark the earlier PK as signed (with its date), or remove this PK "
                        "Perubahan and edit the earlier PK.")}));
}

} // namespace Tepat
