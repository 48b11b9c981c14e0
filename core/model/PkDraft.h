#pragma once

#include "model/Cascade.h"

namespace Tepat {

// The first state of a PK the user adds by hand: who signs it and which PK it answers to, filled
// from what the workspace knows, so that the form starts nearly complete.
class PkDraft
{
public:
    // The first year from the current one (kept inside the RPJMD period) in which the OPD has no
    // PK of that level yet; the period's last year when every year has one.
    static int nextYear(const Cascade &cascade, qint64 opdId, PkDocument::Level level, int today);
    // A PK without sasaran: pihak pertama is the OPD's head for a kepala OPD (the kepala daerah
    // for the kepala daerah's own PK), pihak kedua the official one level up, the superior's PK
    // of that year is linked when there is one, and it is signed in the ibu kota on 2 January.
    // The id is left 0 for the caller to allocate.
    static PkDocument make(const Cascade &cascade, qint64 opdId, PkDocument::Level level, int year);
};

} // namespace Tepat
