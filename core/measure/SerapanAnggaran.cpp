#include "measure/SerapanAnggaran.h"

namespace Tepat {

namespace {

std::optional<Decimal> percentOf(const std::optional<Decimal> &part, const Decimal &whole)
{
    if (!part || whole.isZero())
        return std::nullopt;
    return part->multiplied(Decimal::fromInt(100)).divided(whole, 2);
}

} // namespace

std::optional<Decimal> SerapanAnggaran::realisasi(const PkProgram &program, int quarter)
{
    Q_ASSERT(quarter >= 1 && quarter <= int(program.realisasiAnggaran.size()));
    std::optional<Decimal> sum;
    for (int tw = 0; tw < quarter; ++tw) {
        if (const auto &amount = program.realisasiAnggaran[tw])
            sum = sum.value_or(Decimal()) + *amount;
    }
    return sum;
}

std::optional<Decimal> SerapanAnggaran::serapan(const PkProgram &program, int quarter)
{
    return percentOf(realisasi(program, quarter), program.anggaran);
}

std::optional<Decimal> SerapanAnggaran::serapan(const PkDocument &pk, int quarter)
{
    std::optional<Decimal> spent;
    for (const PkProgram &program : pk.programs) {
        if (const auto amount = realisasi(program, quarter))
            spent = spent.value_or(Decimal()) + *amount;
    }
    return percentOf(spent, pk.anggaranTotal());
}

std::optional<Decimal> SerapanAnggaran::efisiensi(const std::optional<Decimal> &capaian,
                                                  const std::optional<Decimal> &serapan)
{
    if (!capaian || !serapan)
        return std::nullopt;
    return *capaian - *serapan;
}

} // namespace Tepat
