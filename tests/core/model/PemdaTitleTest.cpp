#include "model/PemdaTitle.h"

#include <catch2/catch.hpp>

using namespace Tepat;

TEST_CASE("A pemda's name says whether its kepala daerah is Bupati, Wali Kota or Gubernur",
          "[PemdaTitle]")
{
    CHECK(PemdaTitle::of(QStringLiteral("Kabupaten Deli Serdang")) == Pemda::Title::Bupati);
    CHECK(PemdaTitle::of(QStringLiteral("Kab. Penajam Paser Utara")) == Pemda::Title::Bupati);
    CHECK(PemdaTitle::of(QStringLiteral("Kota Palembang")) == Pemda::Title::WaliKota);
    CHECK(PemdaTitle::of(QStringLiteral("  kota Medan")) == Pemda::Title::WaliKota);
    CHECK(PemdaTitle::of(QStringLiteral("Provinsi Sumatera Utara")) == Pemda::Title::Gubernur);
    // A kabupaten named after a town is no kota, and a bare name says nothing.
    CHECK(PemdaTitle::of(QStringLiteral("Kabupaten Kotawaringin Barat")) == Pemda::Title::Bupati);
    CHECK_FALSE(PemdaTitle::of(QStringLiteral("Kotawaringin Barat")));
    CHECK_FALSE(PemdaTitle::of(QStringLiteral("Deli Serdang")));
    CHECK_FALSE(PemdaTitle::of(QString()));
}
