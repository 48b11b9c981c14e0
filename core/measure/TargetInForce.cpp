#include "measure/TargetInForce.h"

#include "model/PkVersions.h"

#include <QSet>

namespace Tepat {

namespace {

TargetsInForce targetsOf(const PkDocument &pk, const Indicator &indicator)
{
    TargetsInForce targets;
    targets.annual = indicator.target(pk.year);
    for (int tw = 1; tw <= Realisasi::quarterCount; ++tw)
        targets.quarterly[tw - 1] = indicator.realisasi.triwulan(tw).target;
    return targets;
}

// Whether later was copied, through one or more PK Perubahan, from the indicator earlierId.
bool copies(const Cascade &cascade, const Indicator &later, qint64 earlierId)
{
    QSet<qint64> seen; // a damaged file's loop stops at the first repeat
    for (qint64 id = later.previousVersionId; id != 0 && !seen.contains(id);) {
        if (id == earlierId)
            return true;
        seen.insert(id);
        const Indicator *previous = cascade.indicator(id);
        id = previous ? previous->previousVersionId : 0;
    }
    return false;
}

// The indicator of another version of the PK that is the same indicator, copied from it or
// into it; nullptr when that version dropped it or had not added it yet.
const Indicator *sameIn(const Cascade &cascade, qint64 versionId, const Indicator &indicator)
{
    for (qint64 sasaran : cascade.childItems(versionId)) {
        for (qint64 id : cascade.indicatorsOf(sasaran)) {
            const Indicator *candidate = cascade.indicator(id);
            if (copies(cascade, *candidate, indicator.id) || copies(cascade, indicator, id))
                return candidate;
        }
    }
    return nullptr;
}

} // namespace

TargetsInForce TargetInForce::of(const Cascade &cascade, const Indicator &indicator, int quarter)
{
    const qint64 pkId = cascade.pkOf(indicator.id);
    const PkDocument *pk = cascade.pk(pkId);
    if (!pk)
        return {};
    return of(cascade, *pk, PkVersions::inForceInTriwulan(cascade, pkId, quarter), indicator);
}

TargetsInForce TargetInForce::of(const Cascade &cascade,
                                 const PkDocument &pk,
                                 qint64 inForceId,
                                 const Indicator &indicator)
{
    if (inForceId == pk.id || inForceId == 0)
        return targetsOf(pk, indicator);
    const PkDocument *inForce = cascade.pk(inForceId);
    const Indicator *same = inForce ? sameIn(cascade, inForceId, indicator) : nullptr;
    return same ? targetsOf(*inForce, *same) : TargetsInForce();
}

} // namespace Tepat
