#include "measure/TargetInForce.h"

namespace Tepat {

TargetsInForce TargetInForce::of(const Cascade &cascade, const Indicator &indicator, int quarter)
{
    const PkDocument *pk = cascade.pk(cascade.pkOf(indicator.id));
    return pk ? of(*pk, indicator, quarter) : TargetsInForce();
}

TargetsInForce TargetInForce::of(const PkDocument &pk, const Indicator &indicator, int quarter)
{
    Q_UNUSED(quarter) // a PK Perubahan (#14) will choose the PK in force by it
    TargetsInForce targets;
    targets.annual = indicator.target(pk.year);
    for (int tw = 1; tw <= Realisasi::quarterCount; ++tw)
        targets.quarterly[tw - 1] = indicator.realisasi.triwulan(tw).target;
    return targets;
}

} // namespace Tepat
