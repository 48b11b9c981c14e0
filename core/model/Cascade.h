#pragma once

#include "base/Result.h"
#include "model/CheckSettings.h"
#include "model/Indicator.h"
#include "model/MeasureSettings.h"
#include "model/Opd.h"
#include "model/Pemda.h"
#include "model/PkDocument.h"
#include "model/PlanItem.h"
#include "model/PrintSettings.h"
#include "model/ReviewComment.h"
#include "model/ServerOrigin.h"
#include "values/Periode.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace Tepat {

// The whole planning cascade of one workspace: pemda and period, the RPJMD tree, the OPDs with
// their Renstra trees, the PKs and every indicator. It is a value: loading, importing and the
// document's undo commands build or change it through the insert/update/remove calls below,
// which keep two invariants: every id is unique across all kinds of object, and every node's
// parent exists and is of the kind the level above must have. Cross links (supports, serves,
// misi, parent PK, plan item of a PK program) may be filled in any order and are verified at once
// by checkLinks(), so a loader does not depend on the order of its rows. It also answers the
// questions about where an object sits (its OPD, its PK, its years, what may go under it), so
// that no view restates them.
//
// Cascade.cpp is longer than a file here should be (about 650 lines) because it is one job that
// does not divide: every insert, update, removal and restore of each kind of object keeps the same
// private indexes (the id registry, children, indicators by owner, position caches) consistent,
// and splitting them by kind would hand those indexes to other classes.
class Cascade
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::Cascade)

public:
    enum class ObjectType { Misi, Opd, PlanItem, Indicator, Pk, PkProgram, Comment };

    const Pemda &pemda() const { return m_pemda; }
    void setPemda(const Pemda &pemda) { m_pemda = pemda; }
    const Periode &periode() const { return m_periode; }
    const CheckSettings &checkSettings() const { return m_checkSettings; }
    void setCheckSettings(const CheckSettings &settings) { m_checkSettings = settings; }
    const PrintSettings &printSettings() const { return m_printSettings; }
    void setPrintSettings(const PrintSettings &settings) { m_printSettings = settings; }
    const MeasureSettings &measureSettings() const { return m_measureSettings; }
    void setMeasureSettings(const MeasureSettings &settings) { m_measureSettings = settings; }
    Result<void> setPeriode(const Periode &periode);
    // Empty unless the workspace is an offline copy of a server workspace. Setting it moves the
    // id counter into the block the server reserved for the copy.
    const ServerOrigin &serverOrigin() const { return m_serverOrigin; }
    void setServerOrigin(const ServerOrigin &origin);

    // One more than the largest id in use: ids are never reused while the cascade lives, so an
    // undo command that holds an id cannot meet a different object under it.
    qint64 allocateId() { return ++m_maxId; }
    std::optional<ObjectType> objectType(qint64 id) const;

    const QList<Opd> &opds() const { return m_opds; }
    const Opd *opd(qint64 id) const;
    Result<void> insertOpd(const Opd &opd, int position = -1);
    // Replaces an OPD's fields; its id stays.
    Result<void> updateOpd(const Opd &opd);
    // Removes an OPD whose Renstra items and PKs are gone already: they are removed one by one
    // first, so that each removal keeps the links it cleared and an undo restores them. Returns
    // the OPD and its position.
    Result<std::pair<Opd, int>> removeOpd(qint64 id);

    const PlanItem *item(qint64 id) const;
    // The ordered children of a node: 0 for the RPJMD root, an OPD id for its Renstra, a PK id
    // for its sasaran, or a plan item id.
    const QList<qint64> &childItems(qint64 parentId) const;
    Result<void> insertItem(const PlanItem &item, int position = -1);
    // Replaces an item's fields; its id, kind and parent stay (moving is remove + insert).
    Result<void> updateItem(const PlanItem &item);
    // What removeItem took away: the item with its whole subtree and every link into the subtree
    // that had to be cleared, so that an undo can put all of it back exactly.
    struct RemovedItem
    {
        struct Link
        {
            qint64 holderId; // the indicator, item or PK whose link was cleared
            qint64 targetId; // what it pointed at
            qint64 rowId;    // the PK program row, for program links; 0 otherwise
        };
        QList<PlanItem>
            items; // the item first, then its descendants, each parent before its children
        QList<Indicator> indicators; // of the removed items, in the order of each owner
        int position = 0;            // of the item among its siblings
        QList<Link> servesCleared;   // indicators outside that served an indicator inside
        QList<Link> supportsCleared; // Renstra sasaran that supported a removed RPJMD sasaran
        QList<Link> programsCleared; // PK program rows that came from a removed item
    };
    Result<RemovedItem> removeItem(qint64 id);
    Result<void> restoreItem(const RemovedItem &removed);
    // Moves an item among its siblings; it keeps its parent.
    Result<void> moveItem(qint64 id, int position);
    int itemCount() const { return int(m_items.size()); }
    // The OPD whose Renstra holds the item, 0 for RPJMD items and PK sasaran of a kepala daerah.
    qint64 opdOf(const PlanItem &item) const;
    // The kind of plan item a new child of parentId gets: an RPJMD tujuan under 0 (the RPJMD), a
    // Renstra tujuan under an OPD, a sasaran under a PK, the next level under a plan item; none
    // under a sub kegiatan, a PK sasaran, an indicator or an unknown id.
    std::optional<PlanItem::Kind> childKindUnder(qint64 parentId) const;

    const Indicator *indicator(qint64 id) const;
    const QList<qint64> &indicatorsOf(qint64 ownerId) const;
    Result<void> insertIndicator(const Indicator &indicator, int position = -1);
    // Replaces an indicator's fields; its id and owner stay.
    Result<void> updateIndicator(const Indicator &indicator);
    // What removeIndicator took away, so that an undo can put all of it back.
    struct RemovedIndicator
    {
        Indicator indicator;
        int position;
        QList<qint64> unlinked; // indicators whose serves link pointed at it and was cleared
    };
    Result<RemovedIndicator> removeIndicator(qint64 id);
    // Puts back what removeIndicator took away, at the same position and with the same links.
    Result<void> restoreIndicator(const RemovedIndicator &removed);
    // Moves an indicator among the indicators of its owner.
    Result<void> moveIndicator(qint64 id, int position);
    int indicatorCount() const { return int(m_indicators.size()); }
    // Replaces the realisasi of a PK indicator and nothing else, so that a PK whose agreement is
    // fixed still takes its results.
    Result<void> setRealisasi(qint64 indicatorId, const Realisasi &realisasi);

    const QList<PkDocument> &pks() const { return m_pks; }
    const PkDocument *pk(qint64 id) const;
    Result<void> insertPk(const PkDocument &pk, int position = -1);
    // Replaces a PK's fields and program rows; its id and OPD stay.
    Result<void> updatePk(const PkDocument &pk);
    // Removes a PK that has no sasaran left; PKs that named it as their superior's lose the link,
    // which the result lists (ids of those PKs) so that an undo can restore it.
    struct RemovedPk
    {
        PkDocument pk;
        int position = 0;
        QList<qint64> unlinked;
    };
    Result<RemovedPk> removePk(qint64 id);
    // The PK an object belongs to: the PK itself, one of its sasaran or their indicators; 0 for
    // anything else.
    qint64 pkOf(qint64 objectId) const;
    // The PK that holds a program row, or nullptr.
    const PkDocument *pkOfProgram(qint64 programId) const;
    // Replaces the realisasi anggaran of one PK program row and nothing else.
    Result<void> setRealisasiAnggaran(qint64 programId,
                                      const std::array<std::optional<Decimal>, 4> &amounts);
    // The OPD an object belongs to: the OPD itself, its Renstra items, its PKs with their sasaran,
    // and the indicators of all of them; 0 for the pemda's own (the RPJMD, a kepala daerah's PK)
    // and for an unknown id.
    qint64 opdOf(qint64 objectId) const;
    // The PKs of an OPD in cascade order; opdId 0 gives the kepala daerah's PKs.
    QList<qint64> pksOf(qint64 opdId) const;
    // The years an indicator has a target for: its PK's year, or every year of the RPJMD period
    // for RPJMD and Renstra indicators.
    QList<int> yearsOf(const Indicator &indicator) const;
    // The years a plan item has a pagu indikatif for: every year of the period for a program,
    // kegiatan or sub kegiatan, none for the others.
    QList<int> yearsOf(const PlanItem &item) const;
    Result<void> restorePk(const RemovedPk &removed);

    // Reviewer comments, in the order they were made. A comment may outlive its object (the
    // object was deleted after the clinic); the comments dock shows it as detached.
    const QList<ReviewComment> &comments() const { return m_comments; }
    const ReviewComment *comment(qint64 id) const;
    Result<void> insertComment(const ReviewComment &comment, int position = -1);
    Result<void> updateComment(const ReviewComment &comment);
    Result<std::pair<ReviewComment, int>> removeComment(qint64 id);

    // Every cross link names an existing object of the right kind. The message names the object
    // and the field, so a damaged file or a hand-edited JSON can be mended.
    Result<void> checkLinks() const;

    // Same content; the id counter is not content.
    friend bool operator==(const Cascade &a, const Cascade &b);

private:
    Result<void> claimId(qint64 id, ObjectType type);
    Result<void> checkParent(const PlanItem &item) const;
    // Fails when a later version of a PK (a PK Perubahan) was copied from one of these objects.
    Result<void> checkNoLaterVersion(const QSet<qint64> &ids) const;

    Pemda m_pemda;
    Periode m_periode;
    CheckSettings m_checkSettings;
    PrintSettings m_printSettings;
    ServerOrigin m_serverOrigin;
    MeasureSettings m_measureSettings;
    QList<Opd> m_opds;
    QList<PkDocument> m_pks;
    QList<ReviewComment> m_comments;
    QHash<qint64, PlanItem> m_items;
    QHash<qint64, Indicator> m_indicators;
    QHash<qint64, QList<qint64>> m_children;
    QHash<qint64, QList<qint64>> m_indicatorsByOwner;
    QHash<qint64, ObjectType> m_types;
    qint64 m_maxId = 0;
    // Position caches of opd() and pk(); not content.
    mutable QHash<qint64, qsizetype> m_opdPositions;
    mutable QHash<qint64, qsizetype> m_pkPositions;
};

} // namespace Tepat
