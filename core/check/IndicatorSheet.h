#pragma once

#include "check/Tier.h"
#include "model/Indicator.h"

#include <QList>
#include <QString>

namespace Tepat {

// One table of indicators read from a spreadsheet (a CSV file, or a sheet of a workbook, which may
// hold several tables) for checking without a workspace. Which columns the table has matters: a
// rule about a field the table does not carry says so once for the table instead of on every row.
struct IndicatorSheet
{
    struct Row
    {
        int number = 0; // as the spreadsheet shows it
        Indicator indicator;
        Tier tier = Tier::Strategis;
        QString sasaran;
        // The year's realisasi from a `realisasi` column; the triwulan are in the indicator.
        TargetValue realisasi;
    };

    QString fileName;
    QString sheetName; // the workbook's sheet; empty for a CSV file
    int headerRow = 1; // the table's (first) header row: findings about the table point at it
    bool hasSatuan = false;
    bool hasTarget = false; // a `target` or any `target_<year>` column
    bool hasRumus = false;
    bool hasSumberData = false;
    bool hasPolaritas = false;
    bool hasRealisasi = false; // a `realisasi` or any `realisasi_tw<n>` column
    // The years of the target columns, ascending; a single target column without a year is 0.
    QList<int> years;
    QList<Row> rows;
};

} // namespace Tepat
