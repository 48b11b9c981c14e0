#pragma once

#include "model/Cascade.h"

#include <array>

namespace Tepat {

// The targets a PK indicator's realisasi is measured against: the year's target and the
// quarters' own targets, as the PK in force states them.
struct TargetsInForce
{
    TargetValue annual;
    std::array<TargetValue, 4> quarterly; // index 0 is TW I; Empty where the PK gives none
};

// The one place that decides which target is in force for a PK indicator in a triwulan. Every
// capaian of a workspace (engine, checks, views, reports) asks here. A triwulan is measured
// against the version of the PK in force when it closes (PkVersions::inForceInTriwulan): after
// a PK Perubahan's tanggal berlaku against the perubahan's copy of the indicator, before it
// against the earlier version's, whichever version the indicator itself belongs to.
class TargetInForce
{
public:
    // quarter: the triwulan being measured (1 to 4). Empty targets outside a PK, and when the
    // version in force has no copy of the indicator (added or dropped by a perubahan).
    static TargetsInForce of(const Cascade &cascade, const Indicator &indicator, int quarter);
    // The same for an indicator of pk, when the caller walks the PK already: inForceId is
    // PkVersions::inForceInTriwulan of pk for the quarter, asked once for the whole PK.
    static TargetsInForce
    of(const Cascade &cascade, const PkDocument &pk, qint64 inForceId, const Indicator &indicator);
};

} // namespace Tepat
