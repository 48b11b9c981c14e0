#include "Cascade.h"

namespace Tepat {

namespace {

const QList<qint64> noIds;

Error invalid(const QString &message)
{
    return Error(Error::Code::Invalid, message);
}

} // namespace

bool operator==(const Cascade &a, const Cascade &b)
{
    return a.m_pemda == b.m_pemda && a.m_periode == b.m_periode && a.m_opds == b.m_opds
        && a.m_pks == b.m_pks && a.m_items == b.m_items && a.m_indicators == b.m_indicators
        && a.m_children == b.m_children && a.m_indicatorsByOwner == b.m_indicatorsByOwner;
}

Result<void> Cascade::setPeriode(const Periode &periode)
{
    if (periode.startYear < 1945 || periode.endYear < periode.startYear
        || periode.endYear - periode.startYear > 9) {
        return fail(invalid(tr("The RPJMD period %1–%2 is not a valid span of years.")
                                .arg(periode.startYear)
                                .arg(periode.endYear)));
    }
    for (const Misi &misi : std::as_const(m_periode.misi))
        m_types.remove(misi.id);
    for (const Misi &misi : periode.misi) {
        if (Result<void> claimed = claimId(misi.id, ObjectType::Misi); !claimed)
            return claimed;
    }
    m_periode = periode;
    return {};
}

std::optional<Cascade::ObjectType> Cascade::objectType(qint64 id) const
{
    const auto found = m_types.constFind(id);
    if (found == m_types.cend())
        return std::nullopt;
    return *found;
}

Result<void> Cascade::claimId(qint64 id, ObjectType type)
{
    if (id <= 0)
        return fail(invalid(tr("Id %1 is not valid: ids are positive whole numbers.").arg(id)));
    if (m_types.contains(id))
        return fail(invalid(tr("Id %1 is used twice: every object needs its own id.").arg(id)));
    m_types.insert(id, type);
    m_maxId = std::max(m_maxId, id);
    return {};
}

const Opd *Cascade::opd(qint64 id) const
{
    for (const Opd &opd : m_opds) {
        if (opd.id == id)
            return &opd;
    }
    return nullptr;
}

Result<void> Cascade::insertOpd(const Opd &opd, int position)
{
    if (Result<void> claimed = claimId(opd.id, ObjectType::Opd); !claimed)
        return claimed;
    m_opds.insert(position < 0 ? m_opds.size() : position, opd);
    return {};
}

const PlanItem *Cascade::item(qint64 id) const
{
    const auto found = m_items.constFind(id);
    return found == m_items.cend() ? nullptr : &*found;
}

const QList<qint64> &Cascade::childItems(qint64 parentId) const
{
    const auto found = m_children.constFind(parentId);
    return found == m_children.cend() ? noIds : *found;
}

Result<void> Cascade::checkParent(const PlanItem &item) const
{
    const QString what = PlanItem::displayName(item.kind);
    switch (PlanItem::parentRole(item.kind)) {
    case PlanItem::ParentRole::Rpjmd:
        if (item.parentId == 0)
            return {};
        return fail(invalid(tr("%1 %2 must sit at the top of the RPJMD.").arg(what).arg(item.id)));
    case PlanItem::ParentRole::Opd:
        if (opd(item.parentId))
            return {};
        return fail(invalid(tr("%1 %2 names OPD %3, which does not exist.")
                                .arg(what)
                                .arg(item.id)
                                .arg(item.parentId)));
    case PlanItem::ParentRole::Pk:
        if (objectType(item.parentId) == ObjectType::Pk)
            return {};
        return fail(invalid(tr("%1 %2 names PK %3, which does not exist.")
                                .arg(what)
                                .arg(item.id)
                                .arg(item.parentId)));
    case PlanItem::ParentRole::Item:
        break;
    }
    const PlanItem *parent = this->item(item.parentId);
    const PlanItem::Kind expected = PlanItem::parentKind(item.kind);
    if (!parent || parent->kind != expected) {
        return fail(invalid(tr("%1 %2 must sit under a %3, but its parent %4 is not one.")
                                .arg(what)
                                .arg(item.id)
                                .arg(PlanItem::displayName(expected))
                                .arg(item.parentId)));
    }
    return {};
}

Result<void> Cascade::insertItem(const PlanItem &item, int position)
{
    if (Result<void> parentOk = checkParent(item); !parentOk)
        return parentOk;
    if (Result<void> claimed = claimId(item.id, ObjectType::PlanItem); !claimed)
        return claimed;
    m_items.insert(item.id, item);
    QList<qint64> &siblings = m_children[item.parentId];
    siblings.insert(position < 0 ? siblings.size() : position, item.id);
    return {};
}

qint64 Cascade::opdOf(const PlanItem &item) const
{
    const PlanItem *node = &item;
    while (PlanItem::parentRole(node->kind) == PlanItem::ParentRole::Item) {
        node = this->item(node->parentId);
        if (!node)
            return 0;
    }
    switch (PlanItem::parentRole(node->kind)) {
    case PlanItem::ParentRole::Opd:
        return node->parentId;
    case PlanItem::ParentRole::Pk:
        if (const PkDocument *owner = pk(node->parentId))
            return owner->opdId;
        return 0;
    case PlanItem::ParentRole::Rpjmd:
    case PlanItem::ParentRole::Item:
        break;
    }
    return 0;
}

const Indicator *Cascade::indicator(qint64 id) const
{
    const auto found = m_indicators.constFind(id);
    return found == m_indicators.cend() ? nullptr : &*found;
}

const QList<qint64> &Cascade::indicatorsOf(qint64 ownerId) const
{
    const auto found = m_indicatorsByOwner.constFind(ownerId);
    return found == m_indicatorsByOwner.cend() ? noIds : *found;
}

Result<void> Cascade::insertIndicator(const Indicator &indicator, int position)
{
    if (!item(indicator.ownerId)) {
        return fail(invalid(tr("Indicator %1 belongs to item %2, which does not exist.")
                                .arg(indicator.id)
                                .arg(indicator.ownerId)));
    }
    if (Result<void> claimed = claimId(indicator.id, ObjectType::Indicator); !claimed)
        return claimed;
    m_indicators.insert(indicator.id, indicator);
    QList<qint64> &siblings = m_indicatorsByOwner[indicator.ownerId];
    siblings.insert(position < 0 ? siblings.size() : position, indicator.id);
    return {};
}

const PkDocument *Cascade::pk(qint64 id) const
{
    for (const PkDocument &pk : m_pks) {
        if (pk.id == id)
            return &pk;
    }
    return nullptr;
}

Result<void> Cascade::insertPk(const PkDocument &pk, int position)
{
    if (pk.level == PkDocument::Level::KepalaDaerah ? pk.opdId != 0 : !opd(pk.opdId)) {
        return fail(invalid(
            pk.opdId == 0
                ? tr("PK %1 needs an OPD: only a kepala daerah's PK has none.").arg(pk.id)
                : tr("PK %1 names OPD %2, which does not exist.").arg(pk.id).arg(pk.opdId)));
    }
    if (Result<void> claimed = claimId(pk.id, ObjectType::Pk); !claimed)
        return claimed;
    for (const PkProgram &program : pk.programs) {
        if (Result<void> claimed = claimId(program.id, ObjectType::PkProgram); !claimed)
            return claimed;
    }
    m_pks.insert(position < 0 ? m_pks.size() : position, pk);
    return {};
}

Result<void> Cascade::checkLinks() const
{
    QSet<qint64> misiIds;
    for (const Misi &misi : m_periode.misi)
        misiIds.insert(misi.id);
    for (const PlanItem &item : m_items) {
        if (item.kind == PlanItem::Kind::RpjmdTujuan && item.misiId != 0
            && !misiIds.contains(item.misiId)) {
            return fail(invalid(tr("RPJMD tujuan %1 serves misi %2, which does not exist.")
                                    .arg(item.id)
                                    .arg(item.misiId)));
        }
        if (item.supportsId != 0) {
            const PlanItem *supported = this->item(item.supportsId);
            if (!supported || supported->kind != PlanItem::Kind::RpjmdSasaran) {
                return fail(
                    invalid(tr("Renstra sasaran %1 supports %2, which is not an RPJMD sasaran.")
                                .arg(item.id)
                                .arg(item.supportsId)));
            }
        }
    }
    for (const Indicator &indicator : m_indicators) {
        if (indicator.servesId != 0 && !this->indicator(indicator.servesId)) {
            return fail(invalid(tr("Indicator %1 serves indicator %2, which does not exist.")
                                    .arg(indicator.id)
                                    .arg(indicator.servesId)));
        }
    }
    for (const PkDocument &pk : m_pks) {
        if (pk.parentPkId != 0 && !this->pk(pk.parentPkId)) {
            return fail(invalid(tr("PK %1 names PK %2 as its superior's, which does not exist.")
                                    .arg(pk.id)
                                    .arg(pk.parentPkId)));
        }
        for (const PkProgram &program : pk.programs) {
            if (program.planItemId != 0 && !item(program.planItemId)) {
                return fail(
                    invalid(tr("Program row %1 of PK %2 comes from item %3, which does not exist.")
                                .arg(program.id)
                                .arg(pk.id)
                                .arg(program.planItemId)));
            }
        }
    }
    return {};
}

} // namespace Tepat
