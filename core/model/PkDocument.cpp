#include "model/PkDocument.h"

namespace Tepat {

Decimal PkDocument::anggaranTotal() const
{
    Decimal total;
    for (const PkProgram &program : programs)
        total = total + program.anggaran;
    return total;
}

bool PkDocument::isLocked() const
{
    return currentLock() != nullptr;
}

const PkLockEvent *PkDocument::currentLock() const
{
    if (lockHistory.isEmpty() || lockHistory.last().action != PkLockEvent::Action::Lock)
        return nullptr;
    return &lockHistory.last();
}

QString PkDocument::alasanName(Alasan alasan)
{
    switch (alasan) {
    case Alasan::NotGiven:
        return {};
    case Alasan::PergantianPejabat:
        return QCoreApplication::translate("Tepat::PkDocument", "pergantian pejabat");
    case Alasan::PerubahanStrategi:
        return QCoreApplication::translate("Tepat::PkDocument",
                                           "perubahan strategi, program, kegiatan atau anggaran");
    case Alasan::PerubahanPrioritas:
        return QCoreApplication::translate("Tepat::PkDocument", "perubahan prioritas atau asumsi");
    }
    return {};
}

QString PkDocument::levelName(Level level)
{
    switch (level) {
    case Level::KepalaDaerah:
        return QCoreApplication::translate("Tepat::PkDocument", "kepala daerah");
    case Level::KepalaOpd:
        return QCoreApplication::translate("Tepat::PkDocument", "kepala OPD");
    case Level::EselonIII:
        return QCoreApplication::translate("Tepat::PkDocument", "eselon III");
    case Level::EselonIV:
        return QCoreApplication::translate("Tepat::PkDocument", "eselon IV");
    }
    return {};
}

} // namespace Tepat
