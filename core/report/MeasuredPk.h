#pragma once

#include "measure/CapaianEngine.h"
#include "report/ReportTable.h"

#include <functional>

namespace Tepat {

// The capaian of a PK's indicators s.d. a triwulan, sasaran by sasaran, with the objects each is
// of: CapaianEngine::measurePk in the PK's own order, which every report lists. The pointers
// point into the cascade it was made from.
struct MeasuredPk
{
    struct Row
    {
        const Indicator *indicator = nullptr;
        Capaian capaian;
    };
    struct Sasaran
    {
        const PlanItem *item = nullptr;
        QList<Row> rows; // empty for a sasaran without indicators
    };

    QList<Sasaran> sasaran;

    static MeasuredPk
    of(const Cascade &cascade, const CapaianEngine &engine, const PkDocument &pk, int quarter);
    QList<Capaian> capaian() const;
    // The groups of an indicator table: per sasaran its number and name, spanning the rows
    // cellsOf gives for its indicators, or one empty row of width cells when it has none.
    QList<ReportTable::Group>
    groups(qsizetype width, const std::function<QList<SheetCell>(const Row &)> &cellsOf) const;
};

} // namespace Tepat
