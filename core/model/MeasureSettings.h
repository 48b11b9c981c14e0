#pragma once

#include "values/Decimal.h"
#include "values/KategoriScale.h"

#include <optional>

namespace Tepat {

// How a workspace measures results: which triwulan the user has closed (results never depend on
// today's date), how capaian is capped and computed for lower-is-better indicators, from which
// capaian a kendala must be written, and the kategori scale. Kept in the workspace file, so
// everyone who opens it computes the same capaian.
struct MeasureSettings
{
    enum class Cap { None, Percent100, Percent120 };
    // Regulation: (2T − R) / T, PermenPAN-RB 8/2021. TargetOverRealisasi: T / R, which some pemda
    // use; a named choice, never the default.
    enum class NegativeFormula { Regulation, TargetOverRealisasi };

    // The triwulan 1..closedQuarter of reportingYear are closed: their realisasi is due. 0 closes
    // nothing.
    int reportingYear = 0;
    int closedQuarter = 0;
    Cap cap = Cap::None;
    NegativeFormula negativeFormula = NegativeFormula::Regulation;
    // A capaian below it needs kendala and tindak lanjut; none: below the lower bound of the
    // second-worst kategori, i.e. in the worst band ("Sangat Kurang" on the default scale).
    std::optional<Decimal> kendalaBelow;
    KategoriScale kategori;

    friend bool operator==(const MeasureSettings &, const MeasureSettings &) = default;
};

} // namespace Tepat
