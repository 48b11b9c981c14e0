#include "report/MeasuredPk.h"

#include "report/ReportCells.h"

namespace Tepat {

MeasuredPk MeasuredPk::of(const Cascade &cascade,
                          const CapaianEngine &engine,
                          const PkDocument &pk,
                          int quarter)
{
    // measurePk walks the sasaran and their indicators in this same order.
    const QList<Capaian> measured = engine.measurePk(cascade, pk.id, quarter);
    MeasuredPk result;
    qsizetype next = 0;
    for (qint64 sasaranId : cascade.childItems(pk.id)) {
        Sasaran sasaran {cascade.item(sasaranId), {}};
        for (qint64 id : cascade.indicatorsOf(sasaranId)) {
            Q_ASSERT(measured[next].indicatorId == id);
            sasaran.rows.append({cascade.indicator(id), measured[next++]});
        }
        result.sasaran.append(sasaran);
    }
    return result;
}

QList<Capaian> MeasuredPk::capaian() const
{
    QList<Capaian> result;
    for (const Sasaran &entry : sasaran) {
        for (const Row &row : entry.rows)
            result.append(row.capaian);
    }
    return result;
}

QList<ReportTable::Group>
MeasuredPk::groups(qsizetype width,
                   const std::function<QList<SheetCell>(const Row &)> &cellsOf) const
{
    QList<ReportTable::Group> result;
    for (qsizetype i = 0; i < sasaran.size(); ++i) {
        ReportTable::Group group;
        group.spanning = {ReportCells::number(i + 1), SheetCell::fromText(sasaran[i].item->name)};
        for (const Row &row : sasaran[i].rows)
            group.rows.append(cellsOf(row));
        if (group.rows.isEmpty())
            group.rows.append(ReportCells::empty(width));
        result.append(group);
    }
    return result;
}

} // namespace Tepat
