#pragma once

#include "Indicator.h"
#include "Opd.h"
#include "Pemda.h"
#include "Periode.h"
#include "PkDocument.h"
#include "PlanItem.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>

namespace Tepat {

// The whole planning cascade of one workspace: pemda and period, the RPJMD tree, the OPDs with
// their Renstra trees, the PKs and every indicator. It is a value: loading, importing and the
// document's undo commands build or change it through the insert/update/remove calls below,
// which keep two invariants: every id is unique across all kinds of object, and every node's
// parent exists and is of the kind the level above must have. Cross links (supports, serves,
// misi, parent PK, plan item of a PK program) may be filled in any order and are verified at once
// by checkLinks(), so a loader does not depend on the order of its rows.
class Cascade
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::Cascade)

public:
    enum class ObjectType { Misi, Opd, PlanItem, Indicator, Pk, PkProgram };

    const Pemda &pemda() const { return m_pemda; }
    void setPemda(const Pemda &pemda) { m_pemda = pemda; }
    const Periode &periode() const { return m_periode; }
    Result<void> setPeriode(const Periode &periode);

    // One more than the largest id in use: ids are never reused while the cascade lives, so an
    // undo command that holds an id cannot meet a different object under it.
    qint64 allocateId() { return ++m_maxId; }
    std::optional<ObjectType> objectType(qint64 id) const;

    const QList<Opd> &opds() const { return m_opds; }
    const Opd *opd(qint64 id) const;
    Result<void> insertOpd(const Opd &opd, int position = -1);

    const PlanItem *item(qint64 id) const;
    // The ordered children of a node: 0 for the RPJMD root, an OPD id for its Renstra, a PK id
    // for its sasaran, or a plan item id.
    const QList<qint64> &childItems(qint64 parentId) const;
    Result<void> insertItem(const PlanItem &item, int position = -1);
    int itemCount() const { return int(m_items.size()); }
    // The OPD whose Renstra holds the item, 0 for RPJMD items and PK sasaran of a kepala daerah.
    qint64 opdOf(const PlanItem &item) const;

    const Indicator *indicator(qint64 id) const;
    const QList<qint64> &indicatorsOf(qint64 ownerId) const;
    Result<void> insertIndicator(const Indicator &indicator, int position = -1);
    int indicatorCount() const { return int(m_indicators.size()); }

    const QList<PkDocument> &pks() const { return m_pks; }
    const PkDocument *pk(qint64 id) const;
    Result<void> insertPk(const PkDocument &pk, int position = -1);

    // Every cross link names an existing object of the right kind. The message names the object
    // and the field, so a damaged file or a hand-edited JSON can be mended.
    Result<void> checkLinks() const;

    // Same content; the id counter is not content.
    friend bool operator==(const Cascade &a, const Cascade &b);

private:
    Result<void> claimId(qint64 id, ObjectType type);
    Result<void> checkParent(const PlanItem &item) const;

    Pemda m_pemda;
    Periode m_periode;
    QList<Opd> m_opds;
    QList<PkDocument> m_pks;
    QHash<qint64, PlanItem> m_items;
    QHash<qint64, Indicator> m_indicators;
    QHash<qint64, QList<qint64>> m_children;
    QHash<qint64, QList<qint64>> m_indicatorsByOwner;
    QHash<qint64, ObjectType> m_types;
    qint64 m_maxId = 0;
};

} // namespace Tepat
