#pragma once

#include "measure/Capaian.h"
#include "values/KategoriScale.h"

#include <QList>

#include <optional>

namespace Tepat {

// What a list of capaian adds up to: the mean of those that have a value (two decimals) and how
// many fall in each kategori of the scale, best first, empty bands included.
struct CapaianSummary
{
    std::optional<Decimal> rataRata;
    int measured = 0;
    int unmeasured = 0;
    QList<std::pair<QString, int>> perKategori;

    static CapaianSummary of(const QList<Capaian> &capaian, const KategoriScale &scale);
};

} // namespace Tepat
