#pragma once

#include "model/PkDocument.h"

#include <optional>

namespace Tepat {

// The budget side of the LKjIP efficiency table: serapan anggaran = realisasi anggaran /
// anggaran × 100, up to a triwulan (each quarter holds its own spending, so they add up), and
// efisiensi = capaian kinerja − serapan. Two decimals, like capaian.
class SerapanAnggaran
{
public:
    // The spending of TW I up to quarter; nullopt when none of those quarters was reported.
    static std::optional<Decimal> realisasi(const PkProgram &program, int quarter);
    // nullopt when nothing was reported or the anggaran is 0.
    static std::optional<Decimal> serapan(const PkProgram &program, int quarter);
    // Of all the PK's program rows together.
    static std::optional<Decimal> serapan(const PkDocument &pk, int quarter);
    static std::optional<Decimal> efisiensi(const std::optional<Decimal> &capaian,
                                            const std::optional<Decimal> &serapan);
};

} // namespace Tepat
