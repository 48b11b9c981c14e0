#pragma once

#include "model/Cascade.h"

#include <QString>

namespace Tepat {

// Where the title block of an imported sheet says its rows belong: "RENCANA STRATEGIS DINAS
// KESEHATAN KABUPATEN DELI SERDANG 2025-2029" names the Renstra of the Dinas Kesehatan, and
// "PERJANJIAN KINERJA TAHUN 2026 DINAS KESEHATAN" its head's PK of 2026 when the workspace has
// one. An OPD is named by its name or short name as whole words; the longest name found wins, so
// "Dinas Kesehatan Hewan" is not read as "Dinas Kesehatan".
class TitleTarget
{
public:
    struct Proposal
    {
        qint64 opdId = 0; // 0 when the title names no OPD of the workspace
        qint64 pkId = 0;  // the PK the title names; 0 for the OPD's Renstra
    };

    static Proposal of(const QString &title, const Cascade &cascade);
};

} // namespace Tepat
