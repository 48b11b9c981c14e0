#include "model/LinkTargets.h"

namespace Tepat {

namespace {

// Every item under a parent in tree order (each item before its children) that passes keep.
template<typename Keep>
void collectItems(const Cascade &cascade, qint64 parentId, Keep keep, QList<qint64> &ids)
{
    for (qint64 id : cascade.childItems(parentId)) {
        keep(*cascade.item(id), ids);
        collectItems(cascade, id, keep, ids);
    }
}

void collectIndicators(const Cascade &cascade, qint64 parentId, QList<qint64> &ids)
{
    collectItems(
        cascade,
        parentId,
        [&](const PlanItem &item, QList<qint64> &into) {
            into.append(cascade.indicatorsOf(item.id));
        },
        ids);
}

} // namespace

QList<qint64> LinkTargets::servable(const Cascade &cascade, qint64 indicatorId)
{
    const Indicator *indicator = cascade.indicator(indicatorId);
    if (!indicator)
        return {};
    QList<qint64> ids;
    if (const qint64 pkId = cascade.pkOf(indicatorId)) {
        const PkDocument *pk = cascade.pk(pkId);
        if (pk->opdId == 0) {
            collectIndicators(cascade, 0, ids);
        } else {
            collectIndicators(cascade, pk->opdId, ids);
            if (pk->parentPkId != 0)
                collectIndicators(cascade, pk->parentPkId, ids);
        }
    } else if (cascade.opdOf(indicatorId) != 0) {
        collectIndicators(cascade, 0, ids);
    }
    return ids;
}

QList<qint64> LinkTargets::programSources(const Cascade &cascade, qint64 pkId)
{
    const PkDocument *pk = cascade.pk(pkId);
    if (!pk)
        return {};
    const auto withPagu = [](const PlanItem &item, QList<qint64> &into) {
        if (item.hasPagu())
            into.append(item.id);
    };
    QList<qint64> ids;
    if (pk->opdId != 0) {
        collectItems(cascade, pk->opdId, withPagu, ids);
    } else {
        for (const Opd &opd : cascade.opds())
            collectItems(cascade, opd.id, withPagu, ids);
    }
    return ids;
}

QString LinkTargets::sourceOf(const Cascade &cascade, qint64 indicatorId)
{
    const Indicator *indicator = cascade.indicator(indicatorId);
    const PlanItem *owner = indicator ? cascade.item(indicator->ownerId) : nullptr;
    if (!owner)
        return {};
    const Opd *opd = cascade.opd(cascade.opdOf(owner->id));
    const QString opdName
        = opd ? (opd->shortName.isEmpty() ? opd->name : opd->shortName) : QString();
    if (const PkDocument *pk = cascade.pk(cascade.pkOf(owner->id))) {
        return opd
            ? tr("PK %1 %2 · %3").arg(pk->year).arg(PkDocument::levelName(pk->level), opdName)
            : tr("PK %1 %2").arg(pk->year).arg(PkDocument::levelName(pk->level));
    }
    const QString level = owner->code.isEmpty()
        ? PlanItem::displayName(owner->kind)
        : tr("%1 %2").arg(PlanItem::displayName(owner->kind), owner->code);
    return opd ? tr("Renstra %1 · %2").arg(opdName, level) : tr("RPJMD · %1").arg(level);
}

} // namespace Tepat
