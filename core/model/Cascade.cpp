#include "model/Cascade.h"

#include <QSet>

#include <algorithm>

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
    return a.m_pemda == b.m_pemda && a.m_periode == b.m_periode
        && a.m_checkSettings == b.m_checkSettings && a.m_printSettings == b.m_printSettings
        && a.m_measureSettings == b.m_measureSettings && a.m_serverOrigin == b.m_serverOrigin
        && a.m_opds == b.m_opds && a.m_comments == b.m_comments && a.m_pks == b.m_pks
        && a.m_items == b.m_items && a.m_indicators == b.m_indicators
        && a.m_children == b.m_children && a.m_indicatorsByOwner == b.m_indicatorsByOwner;
}

qint64 Cascade::pkOf(qint64 objectId) const
{
    // By the id's type rather than by trying pk(), whose position cache is rebuilt on a miss.
    if (objectType(objectId) == ObjectType::Pk)
        return objectId;
    if (const Indicator *found = indicator(objectId))
        objectId = found->ownerId;
    const PlanItem *found = item(objectId);
    return found && found->kind == PlanItem::Kind::PkSasaran ? found->parentId : 0;
}

qint64 Cascade::opdOf(qint64 objectId) const
{
    // By the id's type: opd() and pk() rebuild their position caches on a miss.
    switch (objectType(objectId).value_or(ObjectType::Comment)) {
    case ObjectType::Opd:
        return objectId;
    case ObjectType::Pk:
        return pk(objectId)->opdId;
    case ObjectType::Indicator:
        return opdOf(*item(indicator(objectId)->ownerId));
    case ObjectType::PlanItem:
        return opdOf(*item(objectId));
    case ObjectType::Misi:
    case ObjectType::PkProgram:
    case ObjectType::Comment:
        break;
    }
    return 0;
}

QList<qint64> Cascade::pksOf(qint64 opdId) const
{
    QList<qint64> ids;
    for (const PkDocument &pk : m_pks) {
        if (pk.opdId == opdId)
            ids.append(pk.id);
    }
    return ids;
}

QList<int> Cascade::yearsOf(const Indicator &indicator) const
{
    if (const qint64 pkId = pkOf(indicator.ownerId))
        return {pk(pkId)->year};
    return m_periode.years();
}

QList<int> Cascade::yearsOf(const PlanItem &item) const
{
    return item.hasPagu() ? m_periode.years() : QList<int>();
}

std::optional<PlanItem::Kind> Cascade::childKindUnder(qint64 parentId) const
{
    if (parentId == 0)
        return PlanItem::childKind(PlanItem::ParentRole::Rpjmd);
    switch (objectType(parentId).value_or(ObjectType::Comment)) {
    case ObjectType::Opd:
        return PlanItem::childKind(PlanItem::ParentRole::Opd);
    case ObjectType::Pk:
        return PlanItem::childKind(PlanItem::ParentRole::Pk);
    case ObjectType::PlanItem:
        return PlanItem::childKind(PlanItem::ParentRole::Item, item(parentId)->kind);
    case ObjectType::Misi:
    case ObjectType::Indicator:
    case ObjectType::PkProgram:
    case ObjectType::Comment:
        break;
    }
    return std::nullopt;
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

void Cascade::setServerOrigin(const ServerOrigin &origin)
{
    m_serverOrigin = origin;
    if (origin.firstFreeId > 0)
        m_maxId = std::max(m_maxId, origin.firstFreeId - 1);
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

namespace {

// Finds an element of an ordered list by id through a position cache that repairs itself: an
// insert or removal shifts positions, which the next lookup notices and rebuilds, so that the
// checker's many lookups stay O(1) without every mutation having to maintain the cache.
template<typename T>
const T *findById(const QList<T> &list, QHash<qint64, qsizetype> &cache, qint64 id)
{
    const auto found = cache.constFind(id);
    if (found != cache.cend() && *found < list.size() && list[*found].id == id)
        return &list[*found];
    cache.clear();
    for (qsizetype i = 0; i < list.size(); ++i)
        cache.insert(list[i].id, i);
    const auto rebuilt = cache.constFind(id);
    return rebuilt == cache.cend() ? nullptr : &list[*rebuilt];
}

} // namespace

const Opd *Cascade::opd(qint64 id) const
{
    return findById(m_opds, m_opdPositions, id);
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

Result<void> Cascade::updateItem(const PlanItem &item)
{
    const auto found = m_items.find(item.id);
    if (found == m_items.end())
        return fail(invalid(tr("Item %1 does not exist.").arg(item.id)));
    if (found->kind != item.kind || found->parentId != item.parentId)
        return fail(
            invalid(tr("Item %1 cannot change its kind or parent by an update.").arg(item.id)));
    *found = item;
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

Result<void> Cascade::updateIndicator(const Indicator &indicator)
{
    const auto found = m_indicators.find(indicator.id);
    if (found == m_indicators.end())
        return fail(invalid(tr("Indicator %1 does not exist.").arg(indicator.id)));
    if (found->ownerId != indicator.ownerId)
        return fail(
            invalid(tr("Indicator %1 cannot change its owner by an update.").arg(indicator.id)));
    *found = indicator;
    return {};
}

Result<void> Cascade::setRealisasi(qint64 indicatorId, const Realisasi &realisasi)
{
    const auto found = m_indicators.find(indicatorId);
    if (found == m_indicators.end())
        return fail(invalid(tr("Indicator %1 does not exist.").arg(indicatorId)));
    const PlanItem *owner = item(found->ownerId);
    if (!realisasi.isEmpty() && (!owner || owner->kind != PlanItem::Kind::PkSasaran)) {
        return fail(invalid(tr("Indicator %1 is not in a PK: only PK indicators have realisasi.")
                                .arg(indicatorId)));
    }
    found->realisasi = realisasi;
    return {};
}

Result<Cascade::RemovedIndicator> Cascade::removeIndicator(qint64 id)
{
    const auto found = m_indicators.find(id);
    if (found == m_indicators.end())
        return fail(invalid(tr("Indicator %1 does not exist.").arg(id)));
    if (Result<void> free = checkNoLaterVersion({id}); !free)
        return fail(free.error());
    const Indicator removed = *found;
    m_indicators.erase(found);
    m_types.remove(id);
    QList<qint64> &siblings = m_indicatorsByOwner[removed.ownerId];
    const int position = int(siblings.indexOf(id));
    siblings.removeAt(position);
    QList<qint64> unlinked;
    for (Indicator &other : m_indicators) {
        if (other.servesId == id) {
            other.servesId = 0;
            unlinked.append(other.id);
        }
    }
    return RemovedIndicator {removed, position, unlinked};
}

const PkDocument *Cascade::pk(qint64 id) const
{
    // Asked of any object (pkOf, the capaian of every indicator): a miss must not rebuild the
    // cache of positions.
    if (objectType(id) != ObjectType::Pk)
        return nullptr;
    return findById(m_pks, m_pkPositions, id);
}

Result<void> Cascade::insertPk(const PkDocument &pk, int position)
{
    if (PkDocument::belongsToOpd(pk.level) ? !opd(pk.opdId) : pk.opdId != 0) {
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

Result<void> Cascade::updatePk(const PkDocument &pk)
{
    const auto found = std::find_if(m_pks.begin(), m_pks.end(), [&](const PkDocument &existing) {
        return existing.id == pk.id;
    });
    if (found == m_pks.end())
        return fail(invalid(tr("PK %1 does not exist.").arg(pk.id)));
    if (found->opdId != pk.opdId)
        return fail(invalid(tr("PK %1 cannot move to another OPD.").arg(pk.id)));
    QSet<qint64> oldRows;
    for (const PkProgram &program : found->programs)
        oldRows.insert(program.id);
    for (const PkProgram &program : pk.programs) {
        if (!oldRows.remove(program.id)) {
            if (Result<void> claimed = claimId(program.id, ObjectType::PkProgram); !claimed)
                return claimed;
        }
    }
    for (qint64 gone : std::as_const(oldRows))
        m_types.remove(gone);
    *found = pk;
    return {};
}

const PkDocument *Cascade::pkOfProgram(qint64 programId) const
{
    if (objectType(programId) != ObjectType::PkProgram)
        return nullptr;
    for (const PkDocument &pk : m_pks) {
        for (const PkProgram &program : pk.programs) {
            if (program.id == programId)
                return &pk;
        }
    }
    return nullptr;
}

Result<void> Cascade::setRealisasiAnggaran(qint64 programId,
                                           const std::array<std::optional<Decimal>, 4> &amounts)
{
    for (PkDocument &pk : m_pks) {
        for (PkProgram &program : pk.programs) {
            if (program.id == programId) {
                program.realisasiAnggaran = amounts;
                return {};
            }
        }
    }
    return fail(invalid(tr("PK program row %1 does not exist.").arg(programId)));
}

const ReviewComment *Cascade::comment(qint64 id) const
{
    for (const ReviewComment &comment : m_comments) {
        if (comment.id == id)
            return &comment;
    }
    return nullptr;
}

Result<void> Cascade::insertComment(const ReviewComment &comment, int position)
{
    if (Result<void> claimed = claimId(comment.id, ObjectType::Comment); !claimed)
        return claimed;
    m_comments.insert(position < 0 ? m_comments.size() : position, comment);
    return {};
}

Result<void> Cascade::updateComment(const ReviewComment &comment)
{
    for (ReviewComment &existing : m_comments) {
        if (existing.id == comment.id) {
            existing = comment;
            return {};
        }
    }
    return fail(invalid(tr("Comment %1 does not exist.").arg(comment.id)));
}

Result<std::pair<ReviewComment, int>> Cascade::removeComment(qint64 id)
{
    for (int i = 0; i < m_comments.size(); ++i) {
        if (m_comments[i].id == id) {
            m_types.remove(id);
            return std::pair {m_comments.takeAt(i), i};
        }
    }
    return fail(invalid(tr("Comment %1 does not exist.").arg(id)));
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
    for (const Indicator &indicator : m_indicators) {
        if (indicator.previousVersionId != 0
            && objectType(indicator.previousVersionId) != ObjectType::Indicator) {
            return fail(invalid(tr("Indicator %1 is a later version of indicator %2, which does "
                                   "not exist.")
                                    .arg(indicator.id)
                                    .arg(indicator.previousVersionId)));
        }
    }
    for (const PlanItem &item : m_items) {
        if (item.previousVersionId != 0 && !this->item(item.previousVersionId)) {
            return fail(invalid(tr("Sasaran %1 is a later version of sasaran %2, which does not "
                                   "exist.")
                                    .arg(item.id)
                                    .arg(item.previousVersionId)));
        }
    }
    QHash<qint64, qint64> laterVersions;
    for (const PkDocument &pk : m_pks) {
        if (pk.previousVersionId == 0)
            continue;
        const PkDocument *previous = this->pk(pk.previousVersionId);
        if (!previous || previous->year != pk.year || previous->opdId != pk.opdId
            || previous->id == pk.id) {
            return fail(invalid(tr("PK %1 changes PK %2, which is not a PK of the same year and "
                                   "unit.")
                                    .arg(pk.id)
                                    .arg(pk.previousVersionId)));
        }
        if (const qint64 other = laterVersions.value(pk.previousVersionId)) {
            return fail(invalid(tr("PKs %1 and %2 both change PK %3; a PK has one next version.")
                                    .arg(other)
                                    .arg(pk.id)
                                    .arg(pk.previousVersionId)));
        }
        laterVersions.insert(pk.previousVersionId, pk.id);
        for (const PkProgram &program : pk.programs) {
            if (program.previousVersionId != 0
                && objectType(program.previousVersionId) != ObjectType::PkProgram) {
                return fail(invalid(tr("Program row %1 of PK %2 is a later version of row %3, "
                                       "which does not exist.")
                                        .arg(program.id)
                                        .arg(pk.id)
                                        .arg(program.previousVersionId)));
            }
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

Result<void> Cascade::updateOpd(const Opd &opd)
{
    for (Opd &existing : m_opds) {
        if (existing.id == opd.id) {
            existing = opd;
            return {};
        }
    }
    return fail(invalid(tr("OPD %1 does not exist.").arg(opd.id)));
}

Result<std::pair<Opd, int>> Cascade::removeOpd(qint64 id)
{
    for (int i = 0; i < m_opds.size(); ++i) {
        if (m_opds[i].id != id)
            continue;
        if (!childItems(id).isEmpty() || !pksOf(id).isEmpty()) {
            return fail(
                invalid(tr("OPD %1 still has Renstra items or PKs; remove them first.").arg(id)));
        }
        m_types.remove(id);
        m_children.remove(id);
        return std::pair {m_opds.takeAt(i), i};
    }
    return fail(invalid(tr("OPD %1 does not exist.").arg(id)));
}

Result<void> Cascade::restoreIndicator(const RemovedIndicator &removed)
{
    if (Result<void> inserted = insertIndicator(removed.indicator, removed.position); !inserted)
        return inserted;
    for (qint64 id : removed.unlinked) {
        if (const auto found = m_indicators.find(id); found != m_indicators.end())
            found->servesId = removed.indicator.id;
    }
    return {};
}

namespace {

// Moves one id inside a sibling list; the position is clamped to the list.
bool moveWithin(QList<qint64> &siblings, qint64 id, int position)
{
    const qsizetype from = siblings.indexOf(id);
    if (from < 0)
        return false;
    siblings.move(from, std::clamp<qsizetype>(position, 0, siblings.size() - 1));
    return true;
}

} // namespace

Result<void> Cascade::moveIndicator(qint64 id, int position)
{
    const Indicator *moved = indicator(id);
    if (!moved || !moveWithin(m_indicatorsByOwner[moved->ownerId], id, position))
        return fail(invalid(tr("Indicator %1 does not exist.").arg(id)));
    return {};
}

Result<void> Cascade::moveItem(qint64 id, int position)
{
    const PlanItem *moved = item(id);
    if (!moved || !moveWithin(m_children[moved->parentId], id, position))
        return fail(invalid(tr("Item %1 does not exist.").arg(id)));
    return {};
}

Result<Cascade::RemovedItem> Cascade::removeItem(qint64 id)
{
    const PlanItem *root = item(id);
    if (!root)
        return fail(invalid(tr("Item %1 does not exist.").arg(id)));
    RemovedItem removed;
    removed.position = int(m_children[root->parentId].indexOf(id));
    // Pre-order, so that restoreItem can insert each parent before its children.
    QList<qint64> pending {id};
    while (!pending.isEmpty()) {
        const qint64 next = pending.takeFirst();
        removed.items.append(m_items.value(next));
        for (qint64 indicatorId : indicatorsOf(next))
            removed.indicators.append(m_indicators.value(indicatorId));
        pending = childItems(next) + pending;
    }
    QSet<qint64> itemIds;
    QSet<qint64> indicatorIds;
    for (const PlanItem &gone : std::as_const(removed.items))
        itemIds.insert(gone.id);
    for (const Indicator &gone : std::as_const(removed.indicators))
        indicatorIds.insert(gone.id);
    if (Result<void> free = checkNoLaterVersion(itemIds + indicatorIds); !free)
        return fail(free.error());
    for (Indicator &other : m_indicators) {
        if (!indicatorIds.contains(other.id) && indicatorIds.contains(other.servesId)) {
            removed.servesCleared.append({other.id, other.servesId, 0});
            other.servesId = 0;
        }
    }
    for (PlanItem &other : m_items) {
        if (!itemIds.contains(other.id) && itemIds.contains(other.supportsId)) {
            removed.supportsCleared.append({other.id, other.supportsId, 0});
            other.supportsId = 0;
        }
    }
    for (PkDocument &pk : m_pks) {
        for (PkProgram &program : pk.programs) {
            if (itemIds.contains(program.planItemId)) {
                removed.programsCleared.append({pk.id, program.planItemId, program.id});
                program.planItemId = 0;
            }
        }
    }
    for (const Indicator &gone : std::as_const(removed.indicators)) {
        m_indicators.remove(gone.id);
        m_types.remove(gone.id);
    }
    for (const PlanItem &gone : std::as_const(removed.items)) {
        m_indicatorsByOwner.remove(gone.id);
        m_children.remove(gone.id);
        m_items.remove(gone.id);
        m_types.remove(gone.id);
    }
    m_children[removed.items.first().parentId].removeAt(removed.position);
    return removed;
}

Result<void> Cascade::restoreItem(const RemovedItem &removed)
{
    for (qsizetype i = 0; i < removed.items.size(); ++i) {
        if (Result<void> inserted = insertItem(removed.items[i], i == 0 ? removed.position : -1);
            !inserted) {
            return inserted;
        }
    }
    for (const Indicator &indicator : removed.indicators) {
        if (Result<void> inserted = insertIndicator(indicator); !inserted)
            return inserted;
    }
    for (const RemovedItem::Link &link : removed.servesCleared) {
        if (const auto found = m_indicators.find(link.holderId); found != m_indicators.end())
            found->servesId = link.targetId;
    }
    for (const RemovedItem::Link &link : removed.supportsCleared) {
        if (const auto found = m_items.find(link.holderId); found != m_items.end())
            found->supportsId = link.targetId;
    }
    for (const RemovedItem::Link &link : removed.programsCleared) {
        for (PkDocument &pk : m_pks) {
            for (PkProgram &program : pk.programs) {
                if (pk.id == link.holderId && program.id == link.rowId)
                    program.planItemId = link.targetId;
            }
        }
    }
    return {};
}

Result<Cascade::RemovedPk> Cascade::removePk(qint64 id)
{
    for (int i = 0; i < m_pks.size(); ++i) {
        if (m_pks[i].id != id)
            continue;
        if (!childItems(id).isEmpty())
            return fail(invalid(tr("PK %1 still has sasaran; remove them first.").arg(id)));
        for (const PkDocument &other : std::as_const(m_pks)) {
            if (other.previousVersionId == id) {
                return fail(invalid(tr("PK %1 is the earlier version of PK %2; remove that first.")
                                        .arg(id)
                                        .arg(other.id)));
            }
        }
        RemovedPk removed {m_pks.takeAt(i), i, {}};
        m_types.remove(id);
        for (const PkProgram &program : std::as_const(removed.pk.programs))
            m_types.remove(program.id);
        for (PkDocument &other : m_pks) {
            if (other.parentPkId == id) {
                other.parentPkId = 0;
                removed.unlinked.append(other.id);
            }
        }
        return removed;
    }
    return fail(invalid(tr("PK %1 does not exist.").arg(id)));
}

Result<void> Cascade::checkNoLaterVersion(const QSet<qint64> &ids) const
{
    const auto refuse = [](qint64 earlier, qint64 later) {
        return fail(invalid(tr("%1 is the earlier version of %2 in a PK Perubahan; remove that "
                               "first.")
                                .arg(earlier)
                                .arg(later)));
    };
    for (const Indicator &indicator : m_indicators) {
        if (indicator.previousVersionId != 0 && ids.contains(indicator.previousVersionId))
            return refuse(indicator.previousVersionId, indicator.id);
    }
    for (const PlanItem &item : m_items) {
        if (item.previousVersionId != 0 && ids.contains(item.previousVersionId))
            return refuse(item.previousVersionId, item.id);
    }
    return {};
}

Result<void> Cascade::restorePk(const RemovedPk &removed)
{
    if (Result<void> inserted = insertPk(removed.pk, removed.position); !inserted)
        return inserted;
    for (PkDocument &other : m_pks) {
        if (removed.unlinked.contains(other.id))
            other.parentPkId = removed.pk.id;
    }
    return {};
}

} // namespace Tepat
