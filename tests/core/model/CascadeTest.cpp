#include "model/Cascade.h"

#include "SyntheticCascade.h"
#include "support/QtStringMakers.h"
#include "support/SmallCascade.h"

#include <catch2/catch.hpp>

using namespace Tepat;
using SmallCascade::item;

namespace {

Cascade withPeriode()
{
    Cascade cascade;
    REQUIRE(cascade.setPeriode(
        Periode {2025, 2029, QStringLiteral("Visi"), {Misi {1, QStringLiteral("Misi 1")}}}));
    return cascade;
}

} // namespace

TEST_CASE("Every id is unique across all kinds of object", "[Cascade]")
{
    Cascade cascade = withPeriode();
    REQUIRE(cascade.insertItem(item(10, PlanItem::Kind::RpjmdTujuan, 0)));
    Opd opd;
    opd.id = 10;
    const Result<void> clash = cascade.insertOpd(opd);
    REQUIRE_FALSE(clash);
    CHECK(clash.error().message.contains(QStringLiteral("10")));
    CHECK(clash.error().message.contains(QStringLiteral("twice")));
    CHECK(cascade.opds().isEmpty());
    // The misi of the period holds id 1 too.
    REQUIRE_FALSE(cascade.insertItem(item(1, PlanItem::Kind::RpjmdTujuan, 0)));
}

TEST_CASE("A plan item must sit under the kind the level above requires", "[Cascade]")
{
    Cascade cascade = withPeriode();
    Opd opd;
    opd.id = 2;
    REQUIRE(cascade.insertOpd(opd));
    REQUIRE(cascade.insertItem(item(10, PlanItem::Kind::RenstraTujuan, 2)));
    REQUIRE(cascade.insertItem(item(11, PlanItem::Kind::RenstraSasaran, 10)));
    REQUIRE(cascade.insertItem(item(12, PlanItem::Kind::Program, 11)));

    const Result<void> kegiatanUnderSasaran
        = cascade.insertItem(item(13, PlanItem::Kind::Kegiatan, 11));
    REQUIRE_FALSE(kegiatanUnderSasaran);
    CHECK(kegiatanUnderSasaran.error().message.contains(QStringLiteral("program")));
    REQUIRE_FALSE(cascade.insertItem(item(14, PlanItem::Kind::RenstraTujuan, 99)));
    REQUIRE_FALSE(cascade.insertItem(item(15, PlanItem::Kind::RpjmdTujuan, 2)));
    REQUIRE_FALSE(cascade.insertItem(item(16, PlanItem::Kind::PkSasaran, 2)));
    CHECK(cascade.itemCount() == 3);
    CHECK(cascade.opdOf(*cascade.item(12)) == 2);
}

TEST_CASE("Children keep the order they were inserted in, and positions insert in between",
          "[Cascade]")
{
    Cascade cascade = withPeriode();
    REQUIRE(cascade.insertItem(item(10, PlanItem::Kind::RpjmdTujuan, 0)));
    REQUIRE(cascade.insertItem(item(11, PlanItem::Kind::RpjmdTujuan, 0)));
    REQUIRE(cascade.insertItem(item(12, PlanItem::Kind::RpjmdTujuan, 0), 1));
    CHECK(cascade.childItems(0) == QList<qint64> {10, 12, 11});
    CHECK(cascade.childItems(12).isEmpty());
}

TEST_CASE("A broken cross link is reported with the object that holds it", "[Cascade]")
{
    Cascade cascade = withPeriode();
    REQUIRE(cascade.insertItem(item(10, PlanItem::Kind::RpjmdTujuan, 0)));
    Indicator indicator;
    indicator.id = 20;
    indicator.ownerId = 10;
    indicator.servesId = 77;
    REQUIRE(cascade.insertIndicator(indicator));
    const Result<void> links = cascade.checkLinks();
    REQUIRE_FALSE(links);
    CHECK(links.error().message.contains(QStringLiteral("20")));
    CHECK(links.error().message.contains(QStringLiteral("77")));

    Indicator stray;
    stray.id = 21;
    stray.ownerId = 55;
    REQUIRE_FALSE(cascade.insertIndicator(stray));
}

TEST_CASE("A PK needs an OPD unless it is the kepala daerah's", "[Cascade]")
{
    Cascade cascade = withPeriode();
    PkDocument pk;
    pk.id = 30;
    pk.year = 2026;
    pk.level = PkDocument::Level::KepalaOpd;
    REQUIRE_FALSE(cascade.insertPk(pk));
    pk.level = PkDocument::Level::KepalaDaerah;
    pk.programs = {PkProgram {31, {}, QStringLiteral("Program"), Decimal::fromInt(1500), 0},
                   PkProgram {32, {}, QStringLiteral("Program 2"), Decimal::fromInt(2500), 0}};
    REQUIRE(cascade.insertPk(pk));
    CHECK(cascade.pk(30)->anggaranTotal() == Decimal::fromInt(4000));
    CHECK(cascade.objectType(32) == Cascade::ObjectType::PkProgram);
}

TEST_CASE("The synthetic generator builds a full, consistent cascade of the requested size",
          "[Cascade]")
{
    const Cascade cascade = SyntheticCascade::generate(2000);
    CHECK(cascade.indicatorCount() >= 1800);
    CHECK(cascade.indicatorCount() <= 2400);
    CHECK(cascade.opds().size() >= 10);
    CHECK(cascade.checkLinks());
    CHECK(cascade == SyntheticCascade::generate(2000));
}
