#pragma once

#include "model/Cascade.h"

#include <QLatin1String>
#include <QStringView>

#include <optional>

namespace Tepat {

// Which PKs a report is made of. A PK changed by a PK Perubahan is reported through its newest
// version, which carries the year's realisasi (as CapaianEngine::measureYear and `tepat-cli
// capaian` measure it), so that a report's numbers equal theirs.
class ReportScope
{
public:
    enum class Kind { Pengukuran, Monitoring, Lkjip };

    // "pengukuran", "monitoring", "lkjip": the words of `tepat-cli report`; never renamed.
    static QLatin1String key(Kind kind);
    static std::optional<Kind> fromKey(QStringView key);

    // The PKs of the year to report, in the order of the cascade. Pengukuran: every PK of the
    // selected OPDs, at every level. Monitoring and LKjIP: the kepala OPD's PK of each selected
    // OPD. opdIds empty selects every OPD and the pemda (the kepala daerah's PK); 0 in it selects
    // the pemda.
    static QList<qint64> pks(const Cascade &cascade, Kind kind, int year, QList<qint64> opdIds);
    // Whether no PK Perubahan changes the PK.
    static bool isNewest(const Cascade &cascade, const PkDocument &pk);
    // The same official's PK of the year before (same OPD and level), its newest version;
    // nullptr when the workspace has none.
    static const PkDocument *previousYear(const Cascade &cascade, const PkDocument &pk);
};

} // namespace Tepat
