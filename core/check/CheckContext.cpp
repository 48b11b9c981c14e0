#include "check/CheckContext.h"

namespace Tepat {

namespace {

const QList<qint64> noIds;

} // namespace

CheckContext::CheckContext(const Cascade &cascade)
    : m_cascade(&cascade)
{
    QList<qint64> pending {0};
    for (const Opd &opd : cascade.opds())
        pending.append(opd.id);
    for (const PkDocument &pk : cascade.pks()) {
        pending.append(pk.id);
        m_pkOpd.insert(pk.id, pk.opdId);
        if (pk.previousVersionId != 0) {
            m_pkPrevious.insert(pk.id, pk.previousVersionId);
            m_replaced.insert(pk.previousVersionId);
        }
    }
    while (!pending.isEmpty()) {
        for (qint64 id : cascade.childItems(pending.takeLast())) {
            const PlanItem &item = *cascade.item(id);
            if (item.supportsId != 0) {
                link(m_supportedBy, item.supportsId, id);
                m_supports.insert(id, item.supportsId);
            }
            for (qint64 indicatorId : cascade.indicatorsOf(id)) {
                const Indicator &indicator = *cascade.indicator(indicatorId);
                m_owner.insert(indicatorId, id);
                if (indicator.servesId != 0) {
                    link(m_servedBy, indicator.servesId, indicatorId);
                    m_serves.insert(indicatorId, indicator.servesId);
                }
            }
            pending.append(id);
        }
    }
}

void CheckContext::link(QHash<qint64, QList<qint64>> &index, qint64 target, qint64 source)
{
    index[target].append(source);
}

void CheckContext::unlink(QHash<qint64, QList<qint64>> &index, qint64 target, qint64 source)
{
    const auto found = index.find(target);
    if (found == index.end())
        return;
    found->removeOne(source);
    if (found->isEmpty())
        index.erase(found);
}

const QList<qint64> &CheckContext::servedBy(qint64 indicatorId) const
{
    const auto found = m_servedBy.constFind(indicatorId);
    return found == m_servedBy.cend() ? noIds : *found;
}

const QList<qint64> &CheckContext::supportedBy(qint64 rpjmdSasaranId) const
{
    const auto found = m_supportedBy.constFind(rpjmdSasaranId);
    return found == m_supportedBy.cend() ? noIds : *found;
}

const PkDocument *CheckContext::pkOfItem(const PlanItem &item) const
{
    if (item.kind != PlanItem::Kind::PkSasaran)
        return nullptr;
    return m_cascade->pk(item.parentId);
}

const PkDocument *CheckContext::pkOfIndicator(const Indicator &indicator) const
{
    const PlanItem *owner = m_cascade->item(indicator.ownerId);
    return owner ? pkOfItem(*owner) : nullptr;
}

Tier CheckContext::tierOf(const Indicator &indicator) const
{
    const PlanItem *owner = m_cascade->item(indicator.ownerId);
    if (!owner)
        return Tier::Strategis;
    switch (owner->kind) {
    case PlanItem::Kind::Program:
        return Tier::Program;
    case PlanItem::Kind::Kegiatan:
    case PlanItem::Kind::SubKegiatan:
        return Tier::Kegiatan;
    case PlanItem::Kind::PkSasaran:
        if (const PkDocument *pk = pkOfItem(*owner)) {
            if (pk->level == PkDocument::Level::EselonIII)
                return Tier::Program;
            if (pk->level == PkDocument::Level::EselonIV)
                return Tier::Kegiatan;
        }
        return Tier::Strategis;
    case PlanItem::Kind::RpjmdTujuan:
    case PlanItem::Kind::RpjmdSasaran:
    case PlanItem::Kind::RenstraTujuan:
    case PlanItem::Kind::RenstraSasaran:
        return Tier::Strategis;
    }
    return Tier::Strategis;
}

const QList<qint64> &CheckContext::headPksOf(qint64 opdId) const
{
    if (!m_headPks) {
        m_headPks.emplace();
        for (const PkDocument &pk : m_cascade->pks()) {
            if (pk.level == PkDocument::Level::KepalaOpd)
                (*m_headPks)[pk.opdId].append(pk.id);
        }
    }
    const auto found = m_headPks->constFind(opdId);
    return found == m_headPks->cend() ? noIds : *found;
}

QList<qint64> CheckContext::indicatorsOfPk(qint64 pkId) const
{
    QList<qint64> indicators;
    for (qint64 sasaran : m_cascade->childItems(pkId))
        indicators.append(m_cascade->indicatorsOf(sasaran));
    return indicators;
}

QList<qint64> CheckContext::ikusOf(qint64 opdId) const
{
    QList<qint64> ikus;
    QList<qint64> pending {opdId};
    while (!pending.isEmpty()) {
        for (qint64 id : m_cascade->childItems(pending.takeLast())) {
            for (qint64 indicatorId : m_cascade->indicatorsOf(id)) {
                if (m_cascade->indicator(indicatorId)->iku)
                    ikus.append(indicatorId);
            }
            pending.append(id);
        }
    }
    return ikus;
}

QSet<qint64> CheckContext::refresh(const QList<qint64> &changedIds)
{
    QSet<qint64> touched;
    for (qint64 id : changedIds) {
        // Neither an indicator nor an item: a PK or an OPD, added, changed or removed. Whether
        // a PK is the OPD head's decides which IKUs it carries.
        if (!m_cascade->indicator(id) && !m_cascade->item(id)) {
            m_headPks.reset();
            if (const auto old = m_pkOpd.constFind(id); old != m_pkOpd.cend()) {
                const QList<qint64> ikus = ikusOf(*old);
                touched.unite(QSet<qint64>(ikus.cbegin(), ikus.cend()));
                m_pkOpd.erase(old);
            }
            if (const PkDocument *pk = m_cascade->pk(id)) {
                m_pkOpd.insert(id, pk->opdId);
                const QList<qint64> ikus = ikusOf(pk->opdId);
                touched.unite(QSet<qint64>(ikus.cbegin(), ikus.cend()));
            }
            // A perubahan added or removed decides whether the version it changes is judged
            // on its results.
            if (const auto old = m_pkPrevious.constFind(id); old != m_pkPrevious.cend()) {
                m_replaced.remove(*old);
                const QList<qint64> indicators = indicatorsOfPk(*old);
                touched.unite(QSet<qint64>(indicators.cbegin(), indicators.cend()));
                m_pkPrevious.erase(old);
            }
            if (const PkDocument *pk = m_cascade->pk(id); pk && pk->previousVersionId != 0) {
                m_pkPrevious.insert(id, pk->previousVersionId);
                m_replaced.insert(pk->previousVersionId);
                const QList<qint64> indicators = indicatorsOfPk(pk->previousVersionId);
                touched.unite(QSet<qint64>(indicators.cbegin(), indicators.cend()));
            }
        }
        if (const auto old = m_serves.constFind(id); old != m_serves.cend()) {
            touched.insert(*old);
            unlink(m_servedBy, *old, id);
            m_serves.erase(old);
        }
        if (const auto old = m_supports.constFind(id); old != m_supports.cend()) {
            touched.insert(*old);
            unlink(m_supportedBy, *old, id);
            m_supports.erase(old);
        }
        if (const auto old = m_owner.constFind(id); old != m_owner.cend()) {
            touched.insert(*old);
            m_owner.erase(old);
        }
        if (const Indicator *indicator = m_cascade->indicator(id)) {
            m_owner.insert(id, indicator->ownerId);
            touched.insert(indicator->ownerId);
            if (indicator->servesId != 0) {
                link(m_servedBy, indicator->servesId, id);
                m_serves.insert(id, indicator->servesId);
                touched.insert(indicator->servesId);
            }
        } else if (const PlanItem *item = m_cascade->item(id); item && item->supportsId != 0) {
            link(m_supportedBy, item->supportsId, id);
            m_supports.insert(id, item->supportsId);
            touched.insert(item->supportsId);
        }
    }
    return touched;
}

} // namespace Tepat
