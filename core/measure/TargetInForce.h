#pragma once

#include "model/Cascade.h"

#include <array>

namespace Tepat {

// The targets a PK indicator's realisasi is measured against: the year's target and the
// quarters' own targets, as the PK states them.
struct TargetsInForce
{
    TargetValue annual;
    std::array<TargetValue, 4> quarterly; // index 0 is TW I; Empty where the PK gives none
};

// The one place that decides which target is in force for a PK indicator in a triwulan. Every
// capaian of a workspace (engine, checks, views, reports) asks here, so that when a PK
// Perubahan replaces the targets from some quarter on, only this changes. Today the PK's own
// targets are in force all year.
class TargetInForce
{
public:
    // quarter: the triwulan being measured (1 to 4). Empty targets outside a PK.
    static TargetsInForce of(const Cascade &cascade, const Indicator &indicator, int quarter);
    // The same for an indicator of pk, when the caller walks the PK already.
    static TargetsInForce of(const PkDocument &pk, const Indicator &indicator, int quarter);
};

} // namespace Tepat
