#pragma once

#include "model/Cascade.h"

#include <QMap>

namespace Tepat {

// How much a cascade holds at each level: what `tepat-cli info` prints and what a user checks
// after an import. Counting walks the trees once, so it costs one pass over the workspace.
class CascadeSummary
{
public:
    struct Counts
    {
        QMap<PlanItem::Kind, int> items;
        int indicators = 0;

        int count(PlanItem::Kind kind) const { return items.value(kind); }
    };

    struct PkCounts
    {
        int documents = 0;
        int indicators = 0;
    };

    explicit CascadeSummary(const Cascade &cascade);

    const Counts &rpjmd() const { return m_rpjmd; }
    Counts renstra(qint64 opdId) const { return m_renstra.value(opdId); }
    // PKs of one OPD (0: the kepala daerah's) per year and level.
    PkCounts pks(qint64 opdId, int year, PkDocument::Level level) const;
    QList<int> pkYears() const;
    int pkCount(int year, PkDocument::Level level) const;
    int totalIndicators() const { return m_totalIndicators; }

private:
    Counts countTree(const Cascade &cascade, qint64 rootId) const;

    Counts m_rpjmd;
    QMap<qint64, Counts> m_renstra;
    QMap<std::tuple<qint64, int, PkDocument::Level>, PkCounts> m_pks;
    int m_totalIndicators = 0;
};

} // namespace Tepat
