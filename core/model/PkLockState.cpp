#include "model/PkLockState.h"

#include "model/PkVersions.h"
#include "values/IndonesianDate.h"

namespace Tepat {

namespace {

// What a locked PK still lets change: its lock history (locking and unlocking are how it changes
// state), the superior's PK it is linked to, which Renstra item a program row comes from, and
// what each program spent (the realisasi anggaran is reported after signing, not agreed).
PkDocument agreement(PkDocument pk)
{
    pk.lockHistory.clear();
    pk.parentPkId = 0;
    for (PkProgram &program : pk.programs) {
        program.planItemId = 0;
        program.realisasiAnggaran = {};
    }
    return pk;
}

} // namespace

bool PkLockState::isLocked(const Cascade &cascade, qint64 pkId)
{
    const PkDocument *pk = cascade.pk(pkId);
    return pk && (pk->isLocked() || PkVersions::successor(cascade, pkId) != 0);
}

QString PkLockState::reason(const Cascade &cascade, qint64 pkId)
{
    const PkDocument *pk = cascade.pk(pkId);
    if (!pk)
        return {};
    if (const qint64 next = PkVersions::successor(cascade, pkId)) {
        return tr("This PK was replaced by %1 and stays as it was signed; change the newest "
                  "version instead.")
            .arg(PkVersions::name(cascade, next));
    }
    const PkLockEvent *lock = pk->currentLock();
    if (!lock)
        return {};
    const QString day = IndonesianDate::format(lock->signedOn);
    switch (lock->method) {
    case PkLockEvent::Method::Workflow:
        return tr("This PK is terkunci: %1 locked it on %2 at the end of its workflow. To change "
                  "it, make a PK Perubahan, or have an admin open it for a revision (revisi).")
            .arg(lock->author, day);
    case PkLockEvent::Method::SignedPdf:
    case PkLockEvent::Method::Paper:
        break;
    }
    const QString how = lock->method == PkLockEvent::Method::SignedPdf
        ? tr("This PK was signed digitally on %1 and is locked.").arg(day)
        : tr("This PK was signed on paper on %1 and is locked.").arg(day);
    return how + u' '
        + tr("To change it, make a PK Perubahan, or unlock it with a reason (PK › Unlock).");
}

Result<void> PkLockState::checkEditable(const Cascade &cascade, qint64 objectId)
{
    const qint64 pkId = cascade.pkOf(objectId);
    if (!isLocked(cascade, pkId))
        return {};
    return fail(Error(Error::Code::ReadOnly, reason(cascade, pkId)));
}

bool PkLockState::sameAgreement(const PkDocument &a, const PkDocument &b)
{
    return agreement(a) == agreement(b);
}

bool PkLockState::sameAgreement(const Indicator &a, const Indicator &b)
{
    // Listed field by field, so that what is added to an indicator later (its realisasi) is
    // open unless it is added here.
    return a.text == b.text && a.satuan == b.satuan && a.baseline == b.baseline
        && a.targets == b.targets && a.definisi == b.definisi && a.alasan == b.alasan
        && a.rumus == b.rumus && a.tipePerhitungan == b.tipePerhitungan
        && a.sumberData == b.sumberData && a.polaritas == b.polaritas && a.jenis == b.jenis
        && a.periodePelaporan == b.periodePelaporan && a.penanggungJawab == b.penanggungJawab
        && a.iku == b.iku;
}

} // namespace Tepat
