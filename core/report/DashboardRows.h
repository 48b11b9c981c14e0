#pragma once

#include "measure/CapaianEngine.h"
#include "measure/CapaianSummary.h"
#include "model/Cascade.h"

#include <optional>
#include <vector>

namespace Tepat {

// The rows of the results dashboard ("Siapa tepat janji") of a year s.d. a triwulan: the pemda's
// PK and the kepala OPD's PK of each OPD (ReportScope's LKjIP PKs), each with the PKs one level
// below it as children. Capaian comes from CapaianEngine through MeasuredPk and the kategori
// counts from CapaianSummary, so every number equals `tepat-cli capaian`'s and the reports'.
class DashboardRows
{
public:
    struct Row
    {
        qint64 pkId = 0;
        qint64 opdId = 0; // 0 for the pemda's own PK
        PkDocument::Level level = PkDocument::Level::KepalaOpd;
        QString name; // the OPD's or the pemda's name; below them the pihak pertama's jabatan
        int indicators = 0;
        CapaianSummary summary;
        int withoutRealisasi = 0; // indicators with no realisasi in TW I up to the quarter
        std::optional<Decimal> serapan;
        std::vector<Row> children; // the PKs one level below, in the order of the cascade
    };

    static QList<Row>
    of(const Cascade &cascade, const CapaianEngine &engine, int year, int quarter);
    static Row
    row(const Cascade &cascade, const CapaianEngine &engine, const PkDocument &pk, int quarter);
    // The years the workspace has PKs for, oldest first.
    static QList<int> years(const Cascade &cascade);
};

} // namespace Tepat
