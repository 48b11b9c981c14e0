#pragma once

#include "import/ImportPlan.h"
#include "model/Cascade.h"
#include "sheet/ColumnMapping.h"
#include "sheet/SheetTable.h"

#include <QCoreApplication>

namespace Tepat {

// A quarterly realisasi sheet, as OPDs send it (indicator rows with "Realisasi TW I … IV"
// columns, perhaps kendala, tindak lanjut and bukti), matched to the indicators of one PK: by the
// indicator's text, compared ignoring case, spacing and punctuation; failing that by the row's
// number ("2.1": sasaran 2, indicator 1, or "3": the third indicator) when the sheet numbers its
// rows. Kendala, tindak lanjut and bukti go to the last triwulan the row reports. Nothing is
// added to the PK: a row that matches no indicator is listed, and so is every cell that is not a
// realisasi, and the plan is applied only without problems.
struct RealisasiImportPlan
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::RealisasiImportPlan)

public:
    struct Match
    {
        int sheetRow = 0;
        QString sheetText;      // the indicator as the sheet writes it
        qint64 indicatorId = 0; // 0: matched nothing
        bool byNumber = false;  // matched by the row's number, not its text
        Realisasi realisasi;    // the indicator's realisasi with the row applied
    };

    // Whether the mapping has a realisasi column, which makes the sheet a realisasi sheet.
    static bool applies(const ColumnMapping &mapping);
    static RealisasiImportPlan build(const SheetTable &table,
                                     const ColumnMapping &mapping,
                                     const Cascade &cascade,
                                     qint64 pkId);

    QList<Match> matches;   // rows that found their indicator, in sheet order
    QList<Match> unmatched; // rows that found none
    QList<ImportPlan::Problem> problems;
};

} // namespace Tepat
