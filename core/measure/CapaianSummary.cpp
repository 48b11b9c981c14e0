#include "measure/CapaianSummary.h"

namespace Tepat {

CapaianSummary CapaianSummary::of(const QList<Capaian> &capaian, const KategoriScale &scale)
{
    CapaianSummary summary;
    for (const KategoriScale::Band &band : scale.bands())
        summary.perKategori.append({band.label, 0});
    Decimal sum;
    for (const Capaian &entry : capaian) {
        if (!entry.value) {
            ++summary.unmeasured;
            continue;
        }
        ++summary.measured;
        sum = sum + *entry.value;
        if (entry.kategori)
            ++summary.perKategori[*entry.kategori].second;
    }
    if (summary.measured > 0)
        summary.rataRata = sum.divided(Decimal::fromInt(summary.measured), 2);
    return summary;
}

} // namespace Tepat
