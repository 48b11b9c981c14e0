#pragma once

#include "model/Indicator.h"

#include <QLatin1String>
#include <QStringView>

#include <optional>

namespace Tepat {

// How an indicator's triwulan add up to the year's realisasi: counts add up (kumulatif), levels,
// percentages and indices take the last reported quarter (nilai akhir), some take the mean. It is
// the tipe perhitungan of the Manual IKU; when that is not given, an indicator named "Jumlah …"
// counts and any other is a level.
class Metode
{
public:
    enum class Kind { Kumulatif, NilaiAkhir, RataRata };

    static Kind of(const Indicator &indicator);
    // "kumulatif", "nilai_akhir", "rata_rata": the words of `tepat-cli capaian`; never renamed.
    static QLatin1String key(Kind kind);
    static std::optional<Kind> fromKey(QStringView key);
    static Indicator::TipePerhitungan tipePerhitungan(Kind kind);
};

} // namespace Tepat
