#include "measure/SerapanAnggaran.h"

#include "support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

PkProgram program(qint64 anggaran, std::array<std::optional<Decimal>, 4> spent)
{
    PkProgram row;
    row.id = 1;
    row.anggaran = Decimal::fromInt(anggaran);
    row.realisasiAnggaran = spent;
    return row;
}

} // namespace

TEST_CASE("Serapan anggaran adds each triwulan's spending up to n", "[SerapanAnggaran]")
{
    const PkProgram row = program(
        1'000'000, {Decimal::fromInt(200'000), std::nullopt, Decimal::fromInt(150'000), {}});
    CHECK(SerapanAnggaran::realisasi(row, 1) == Decimal::fromInt(200'000));
    CHECK(SerapanAnggaran::serapan(row, 1) == Decimal::fromInt(20));
    CHECK(SerapanAnggaran::serapan(row, 3) == Decimal::fromInt(35));
    CHECK(SerapanAnggaran::serapan(row, 4) == Decimal::fromInt(35));
}

TEST_CASE("Nothing reported or no anggaran gives no serapan", "[SerapanAnggaran]")
{
    CHECK_FALSE(SerapanAnggaran::serapan(program(1'000'000, {}), 4));
    CHECK_FALSE(SerapanAnggaran::serapan(program(0, {Decimal::fromInt(5), {}, {}, {}}), 4));
    // A reported 0 is a serapan of 0.
    CHECK(SerapanAnggaran::serapan(program(1'000, {Decimal(), {}, {}, {}}), 1) == Decimal());
}

TEST_CASE("A PK's serapan is over all its rows, and efisiensi is capaian minus serapan",
          "[SerapanAnggaran]")
{
    PkDocument pk;
    pk.programs = {program(3'000, {Decimal::fromInt(1'000), {}, {}, {}}),
                   program(1'000, {Decimal::fromInt(500), {}, {}, {}})};
    const auto serapan = SerapanAnggaran::serapan(pk, 1);
    CHECK(serapan == Decimal::fromInt(375).divided(Decimal::fromInt(10), 2));
    CHECK(SerapanAnggaran::efisiensi(Decimal::fromInt(95), serapan)
          == Decimal::fromCanonical(u"57.5"));
    CHECK_FALSE(SerapanAnggaran::efisiensi(std::nullopt, serapan));
}
