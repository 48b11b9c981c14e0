#include "model/Cascade.h"
#include "support/QtStringMakers.h"
#include "support/SmallCascade.h"

#include <catch2/catch.hpp>

using namespace Tepat;
using SmallCascade::indicator;
using SmallCascade::item;

namespace {

// RPJMD tujuan 10 > sasaran 11 (indicator 12); OPD 2 > Renstra tujuan 20 > sasaran 21 supporting
// 11 > program 22 (indicator 23 serving 12); PK 30 of OPD 2 > sasaran 31 > indicator 32 serving
// 23, program row 33 from program 22.
Cascade sample()
{
    Cascade cascade;
    REQUIRE(cascade.setPeriode(Periode {2025, 2029, QStringLiteral("Visi"), {}}));
    Opd opd;
    opd.id = 2;
    REQUIRE(cascade.insertOpd(opd));
    REQUIRE(cascade.insertItem(item(10, PlanItem::Kind::RpjmdTujuan, 0)));
    REQUIRE(cascade.insertItem(item(11, PlanItem::Kind::RpjmdSasaran, 10)));
    REQUIRE(cascade.insertIndicator(indicator(12, 11)));
    REQUIRE(cascade.insertItem(item(20, PlanItem::Kind::RenstraTujuan, 2)));
    PlanItem sasaran = item(21, PlanItem::Kind::RenstraSasaran, 20);
    sasaran.supportsId = 11;
    REQUIRE(cascade.insertItem(sasaran));
    REQUIRE(cascade.insertItem(item(22, PlanItem::Kind::Program, 21)));
    REQUIRE(cascade.insertIndicator(indicator(23, 22, 12)));
    PkDocument pk;
    pk.id = 30;
    pk.opdId = 2;
    pk.year = 2026;
    pk.programs.append(
        PkProgram {33, QStringLiteral("1.02.02"), QStringLiteral("Program"), {}, 22});
    REQUIRE(cascade.insertPk(pk));
    REQUIRE(cascade.insertItem(item(31, PlanItem::Kind::PkSasaran, 30)));
    REQUIRE(cascade.insertIndicator(indicator(32, 31, 23)));
    REQUIRE(cascade.checkLinks());
    return cascade;
}

} // namespace

TEST_CASE("Removing an item takes its subtree and clears the links into it, and restoring puts "
          "all of it back",
          "[Cascade]")
{
    Cascade cascade = sample();
    const Cascade before = cascade;
    Result<Cascade::RemovedItem> removed = cascade.removeItem(10);
    REQUIRE(removed);
    CHECK(removed->items.size() == 2);
    CHECK(removed->indicators.size() == 1);
    CHECK_FALSE(cascade.item(11));
    CHECK_FALSE(cascade.indicator(12));
    CHECK(cascade.indicator(23)->servesId == 0);
    CHECK(cascade.item(21)->supportsId == 0);
    CHECK(cascade.checkLinks());

    REQUIRE(cascade.restoreItem(*removed));
    CHECK(cascade == before);
    CHECK(cascade.checkLinks());
}

TEST_CASE("Removing a Renstra program clears the PK program rows that came from it", "[Cascade]")
{
    Cascade cascade = sample();
    const Cascade before = cascade;
    Result<Cascade::RemovedItem> removed = cascade.removeItem(22);
    REQUIRE(removed);
    CHECK(cascade.pk(30)->programs.first().planItemId == 0);
    CHECK(cascade.indicator(32)->servesId == 0);
    CHECK(cascade.checkLinks());
    REQUIRE(cascade.restoreItem(*removed));
    CHECK(cascade == before);
}

TEST_CASE("Items and indicators move among their siblings and keep their parent", "[Cascade]")
{
    Cascade cascade = sample();
    REQUIRE(cascade.insertIndicator(indicator(40, 31)));
    REQUIRE(cascade.insertIndicator(indicator(41, 31)));
    REQUIRE(cascade.moveIndicator(41, 0));
    CHECK(cascade.indicatorsOf(31) == QList<qint64> {41, 32, 40});
    REQUIRE(cascade.insertItem(item(42, PlanItem::Kind::PkSasaran, 30)));
    REQUIRE(cascade.moveItem(42, 0));
    CHECK(cascade.childItems(30) == QList<qint64> {42, 31});
    CHECK_FALSE(cascade.moveItem(999, 0));
}

TEST_CASE("A removed indicator comes back at its place with the links that served it", "[Cascade]")
{
    Cascade cascade = sample();
    const Cascade before = cascade;
    Result<Cascade::RemovedIndicator> removed = cascade.removeIndicator(23);
    REQUIRE(removed);
    CHECK(cascade.indicator(32)->servesId == 0);
    REQUIRE(cascade.restoreIndicator(*removed));
    CHECK(cascade == before);
}

TEST_CASE("A PK with sasaran cannot be removed, an empty one can and comes back", "[Cascade]")
{
    Cascade cascade = sample();
    REQUIRE_FALSE(cascade.removePk(30));
    REQUIRE(cascade.removeItem(31));
    const Cascade before = cascade;
    Result<Cascade::RemovedPk> removed = cascade.removePk(30);
    REQUIRE(removed);
    CHECK_FALSE(cascade.pk(30));
    REQUIRE(cascade.restorePk(*removed));
    CHECK(cascade == before);
}
