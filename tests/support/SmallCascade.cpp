#include "support/SmallCascade.h"

#include <catch2/catch.hpp>

namespace Tepat::SmallCascade {

PlanItem item(qint64 id, PlanItem::Kind kind, qint64 parentId)
{
    PlanItem result;
    result.id = id;
    result.kind = kind;
    result.parentId = parentId;
    result.name = QStringLiteral("Item %1").arg(id);
    return result;
}

Indicator indicator(qint64 id, qint64 ownerId, qint64 servesId)
{
    Indicator result;
    result.id = id;
    result.ownerId = ownerId;
    result.text = QStringLiteral("Indicator %1").arg(id);
    result.servesId = servesId;
    return result;
}

namespace {

PkDocument pk(qint64 id, qint64 opdId, PkDocument::Level level, int year)
{
    PkDocument result;
    result.id = id;
    result.opdId = opdId;
    result.level = level;
    result.year = year;
    return result;
}

} // namespace

Cascade everyKind()
{
    Cascade cascade;
    REQUIRE(cascade.setPeriode(Periode {2025, 2029, QStringLiteral("Visi"), {}}));
    for (qint64 id : {2, 3}) {
        Opd opd;
        opd.id = id;
        opd.name = QStringLiteral("OPD %1").arg(id);
        REQUIRE(cascade.insertOpd(opd));
    }
    REQUIRE(cascade.insertItem(item(10, PlanItem::Kind::RpjmdTujuan, 0)));
    REQUIRE(cascade.insertItem(item(11, PlanItem::Kind::RpjmdSasaran, 10)));
    REQUIRE(cascade.insertItem(item(20, PlanItem::Kind::RenstraTujuan, 2)));
    REQUIRE(cascade.insertItem(item(21, PlanItem::Kind::RenstraSasaran, 20)));
    REQUIRE(cascade.insertItem(item(22, PlanItem::Kind::Program, 21)));
    REQUIRE(cascade.insertItem(item(23, PlanItem::Kind::Kegiatan, 22)));
    REQUIRE(cascade.insertItem(item(24, PlanItem::Kind::SubKegiatan, 23)));
    REQUIRE(cascade.insertIndicator(indicator(30, 22)));
    REQUIRE(cascade.insertIndicator(indicator(31, 11)));
    REQUIRE(cascade.insertPk(pk(40, 2, PkDocument::Level::KepalaOpd, 2026)));
    REQUIRE(cascade.insertItem(item(41, PlanItem::Kind::PkSasaran, 40)));
    REQUIRE(cascade.insertIndicator(indicator(42, 41)));
    REQUIRE(cascade.insertIndicator(indicator(43, 41)));
    REQUIRE(cascade.insertPk(pk(50, 0, PkDocument::Level::KepalaDaerah, 2026)));
    REQUIRE(cascade.insertItem(item(51, PlanItem::Kind::PkSasaran, 50)));
    REQUIRE(cascade.insertIndicator(indicator(52, 51)));
    PkDocument eselonIII = pk(60, 2, PkDocument::Level::EselonIII, 2027);
    eselonIII.parentPkId = 40;
    REQUIRE(cascade.insertPk(eselonIII));
    REQUIRE(cascade.insertItem(item(61, PlanItem::Kind::PkSasaran, 60)));
    REQUIRE(cascade.insertIndicator(indicator(62, 61)));
    ReviewComment comment;
    comment.id = 70;
    comment.objectId = 42;
    comment.text = QStringLiteral("Target belum naik");
    REQUIRE(cascade.insertComment(comment));
    return cascade;
}

} // namespace Tepat::SmallCascade
