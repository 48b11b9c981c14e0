#pragma once

#include "check/Tier.h"
#include "model/Cascade.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace Tepat {

// The cascade as the rules need to see it: with the links followed backwards (which PK
// indicators serve this Renstra indicator, which OPD sasaran support this RPJMD sasaran) and each
// indicator's level and years. The reverse links are kept current by refresh(), which also says
// what an edit unlinked, so that the checker can re-check the objects on both ends.
class CheckContext
{
public:
    explicit CheckContext(const Cascade &cascade);

    const Cascade &cascade() const { return *m_cascade; }

    const QList<qint64> &servedBy(qint64 indicatorId) const;
    const QList<qint64> &supportedBy(qint64 rpjmdSasaranId) const;
    // The PK whose sasaran carries the item or indicator; nullptr outside PKs.
    const PkDocument *pkOfItem(const PlanItem &item) const;
    const PkDocument *pkOfIndicator(const Indicator &indicator) const;
    Tier tierOf(const Indicator &indicator) const;
    // The PKs of an OPD's head (level kepala OPD), in the order of the cascade.
    const QList<qint64> &headPksOf(qint64 opdId) const;
    // Whether a PK Perubahan changes the PK: its realisasi goes on in the perubahan.
    bool isReplaced(qint64 pkId) const { return m_replaced.contains(pkId); }

    // Brings the reverse links up to date after the given objects changed, were added or were
    // removed, and returns the ids the change touched at the other end of a link (the
    // indicator an edited PK indicator served before, the RPJMD sasaran a Renstra sasaran
    // supported before, the item an indicator belonged to, the IKUs of the OPD whose PK
    // changed).
    QSet<qint64> refresh(const QList<qint64> &changedIds);

private:
    QList<qint64> ikusOf(qint64 opdId) const;
    QList<qint64> indicatorsOfPk(qint64 pkId) const;
    void link(QHash<qint64, QList<qint64>> &index, qint64 target, qint64 source);
    void unlink(QHash<qint64, QList<qint64>> &index, qint64 target, qint64 source);

    const Cascade *m_cascade;
    QHash<qint64, QList<qint64>> m_servedBy;
    QHash<qint64, QList<qint64>> m_supportedBy;
    // What each link pointed at when last seen, to undo it when the object changes.
    QHash<qint64, qint64> m_serves;
    QHash<qint64, qint64> m_supports;
    QHash<qint64, qint64> m_owner;
    QHash<qint64, qint64> m_pkOpd;
    // Each PK Perubahan and the version it changes; the changed versions.
    QHash<qint64, qint64> m_pkPrevious;
    QSet<qint64> m_replaced;
    // Built when first asked for and dropped when a PK changes: every IKU asks for its OPD's.
    mutable std::optional<QHash<qint64, QList<qint64>>> m_headPks;
};

} // namespace Tepat
