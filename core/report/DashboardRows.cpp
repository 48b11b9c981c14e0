#include "report/DashboardRows.h"

#include "measure/SerapanAnggaran.h"
#include "model/PkVersions.h"
#include "report/MeasuredPk.h"
#include "report/ReportScope.h"

#include <algorithm>

namespace Tepat {

namespace {

QString nameOf(const Cascade &cascade, const PkDocument &pk)
{
    if (pk.level == PkDocument::Level::KepalaDaerah)
        return cascade.pemda().name;
    if (pk.level == PkDocument::Level::KepalaOpd) {
        if (const Opd *opd = cascade.opd(pk.opdId))
            return opd->name;
    }
    return pk.pihakPertama.jabatan.isEmpty() ? PkDocument::levelName(pk.level)
                                             : pk.pihakPertama.jabatan;
}

} // namespace

QList<DashboardRows::Row>
DashboardRows::of(const Cascade &cascade, const CapaianEngine &engine, int year, int quarter)
{
    QList<Row> result;
    for (qint64 id : ReportScope::pks(cascade, ReportScope::Kind::Lkjip, year, {}))
        result.append(row(cascade, engine, *cascade.pk(id), quarter));
    return result;
}

DashboardRows::Row DashboardRows::row(const Cascade &cascade,
                                      const CapaianEngine &engine,
                                      const PkDocument &pk,
                                      int quarter)
{
    Row result;
    result.pkId = pk.id;
    result.opdId = pk.opdId;
    result.level = pk.level;
    result.name = nameOf(cascade, pk);
    const QList<Capaian> capaian = MeasuredPk::of(cascade, engine, pk, quarter).capaian();
    result.indicators = int(capaian.size());
    result.summary = CapaianSummary::of(capaian, engine.settings().kategori);
    result.withoutRealisasi
        = int(std::count_if(capaian.begin(), capaian.end(), [](const Capaian &c) {
              return c.realisasi.kind() == TargetValue::Kind::Empty;
          }));
    result.serapan = SerapanAnggaran::serapan(pk, quarter);
    // The kepala OPD's PKs are rows of their own; below them, a PK names its pihak kedua's PK,
    // possibly an earlier version of it.
    if (pk.level == PkDocument::Level::KepalaDaerah)
        return result;
    const QList<qint64> versions = PkVersions::chain(cascade, pk.id);
    for (const PkDocument &child : cascade.pks()) {
        if (child.year == pk.year && child.level > pk.level && versions.contains(child.parentPkId)
            && ReportScope::isNewest(cascade, child)) {
            result.children.push_back(row(cascade, engine, child, quarter));
        }
    }
    return result;
}

QList<int> DashboardRows::years(const Cascade &cascade)
{
    QList<int> result;
    for (const PkDocument &pk : cascade.pks()) {
        if (!result.contains(pk.year))
            result.append(pk.year);
    }
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace Tepat
