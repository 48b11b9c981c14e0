#include "model/PkDocument.h"

namespace Tepat {

Decimal PkDocument::anggaranTotal() const
{
    Decimal total;
    for (const PkProgram &program : programs)
        total = total + program.anggaran;
    return total;
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
