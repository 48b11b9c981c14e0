#include "model/CascadeSummary.h"

#include <QSet>

namespace Tepat {

CascadeSummary::CascadeSummary(const Cascade &cascade)
    : m_rpjmd(countTree(cascade, 0))
    , m_totalIndicators(cascade.indicatorCount())
{
    for (const Opd &opd : cascade.opds())
        m_renstra.insert(opd.id, countTree(cascade, opd.id));
    for (const PkDocument &pk : cascade.pks()) {
        PkCounts &counts = m_pks[{pk.opdId, pk.year, pk.level}];
        ++counts.documents;
        counts.indicators += countTree(cascade, pk.id).indicators;
    }
}

CascadeSummary::Counts CascadeSummary::countTree(const Cascade &cascade, qint64 rootId) const
{
    Counts counts;
    QList<qint64> pending = cascade.childItems(rootId);
    while (!pending.isEmpty()) {
        const PlanItem &item = *cascade.item(pending.takeLast());
        ++counts.items[item.kind];
        counts.indicators += int(cascade.indicatorsOf(item.id).size());
        pending.append(cascade.childItems(item.id));
    }
    return counts;
}

CascadeSummary::PkCounts CascadeSummary::pks(qint64 opdId, int year, PkDocument::Level level) const
{
    return m_pks.value({opdId, year, level});
}

QList<int> CascadeSummary::pkYears() const
{
    QSet<int> years;
    for (auto key = m_pks.keyBegin(); key != m_pks.keyEnd(); ++key)
        years.insert(std::get<1>(*key));
    QList<int> sorted(years.begin(), years.end());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

int CascadeSummary::pkCount(int year, PkDocument::Level level) const
{
    int total = 0;
    for (auto entry = m_pks.cbegin(); entry != m_pks.cend(); ++entry) {
        if (std::get<1>(entry.key()) == year && std::get<2>(entry.key()) == level)
            total += entry.value().documents;
    }
    return total;
}

} // namespace Tepat
