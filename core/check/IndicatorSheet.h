#pragma once

#include "check/Tier.h"
#include "model/Indicator.h"

#include <QList>
#include <QString>

namespace Tepat {

// Indicators read from a spreadsheet (CSV or the first sheet of a workbook) for checking
// without a workspace. Which optional columns the sheet has matters: a rule about a field the
// sheet does not carry stays silent.
struct IndicatorSheet
{
    struct Row
    {
        int number = 0; // as the spreadsheet shows it: the header is row 1
        Indicator indicator;
        Tier tier = Tier::Strategis;
        QString sasaran;
        // The year's realisasi from a `realisasi` column; the triwulan are in the indicator.
        TargetValue realisasi;
    };

    QString fileName;
    bool hasSatuan = false;
    bool hasTarget = false; // a `target` or any `target_<year>` column
    bool hasRumus = false;
    bool hasSumberData = false;
    bool hasPolaritas = false;
    bool hasRealisasi = false; // a `realisasi` or any `realisasi_tw<n>` column
    // The years of the `target_<year>` columns, ascending; a single `target` column is year 0.
    QList<int> years;
    QList<Row> rows;
};

} // namespace Tepat
