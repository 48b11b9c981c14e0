#include "model/Cascade.h"
#include "model/LinkTargets.h"
#include "support/QtStringMakers.h"
#include "support/SmallCascade.h"

#include <catch2/catch.hpp>

using namespace Tepat;

TEST_CASE("Each level of the plan has one kind of child, the inverse of the kind of parent",
          "[Cascade]")
{
    using Kind = PlanItem::Kind;
    using Role = PlanItem::ParentRole;
    CHECK(PlanItem::childKind(Role::Rpjmd) == Kind::RpjmdTujuan);
    CHECK(PlanItem::childKind(Role::Opd) == Kind::RenstraTujuan);
    CHECK(PlanItem::childKind(Role::Pk) == Kind::PkSasaran);
    CHECK(PlanItem::childKind(Role::Item, Kind::RpjmdTujuan) == Kind::RpjmdSasaran);
    CHECK(PlanItem::childKind(Role::Item, Kind::RenstraTujuan) == Kind::RenstraSasaran);
    CHECK(PlanItem::childKind(Role::Item, Kind::RenstraSasaran) == Kind::Program);
    CHECK(PlanItem::childKind(Role::Item, Kind::Program) == Kind::Kegiatan);
    CHECK(PlanItem::childKind(Role::Item, Kind::Kegiatan) == Kind::SubKegiatan);
    // The RPJMD stops at the sasaran, the Renstra at the sub kegiatan, a PK at its sasaran.
    CHECK_FALSE(PlanItem::childKind(Role::Item, Kind::RpjmdSasaran));
    CHECK_FALSE(PlanItem::childKind(Role::Item, Kind::SubKegiatan));
    CHECK_FALSE(PlanItem::childKind(Role::Item, Kind::PkSasaran));
}

TEST_CASE("A new child gets the kind its parent requires, and the cascade accepts it there",
          "[Cascade]")
{
    Cascade cascade = SmallCascade::everyKind();
    CHECK(cascade.childKindUnder(0) == PlanItem::Kind::RpjmdTujuan);
    CHECK(cascade.childKindUnder(3) == PlanItem::Kind::RenstraTujuan);
    CHECK(cascade.childKindUnder(40) == PlanItem::Kind::PkSasaran);
    CHECK(cascade.childKindUnder(50) == PlanItem::Kind::PkSasaran);
    CHECK(cascade.childKindUnder(21) == PlanItem::Kind::Program);
    CHECK_FALSE(cascade.childKindUnder(24)); // a sub kegiatan
    CHECK_FALSE(cascade.childKindUnder(41)); // a PK sasaran
    CHECK_FALSE(cascade.childKindUnder(30)); // an indicator
    CHECK_FALSE(cascade.childKindUnder(70)); // a comment
    CHECK_FALSE(cascade.childKindUnder(999));

    qint64 next = 100;
    for (qint64 parent : {0, 2, 3, 10, 20, 21, 22, 23, 40, 50}) {
        const std::optional<PlanItem::Kind> kind = cascade.childKindUnder(parent);
        REQUIRE(kind);
        INFO("under " << parent);
        PlanItem child;
        child.id = next++;
        child.kind = *kind;
        child.parentId = parent;
        CHECK(cascade.insertItem(child));
    }
}

TEST_CASE("An object's OPD is found from the OPD, its Renstra, its PKs and all their indicators",
          "[Cascade]")
{
    const Cascade cascade = SmallCascade::everyKind();
    for (qint64 id : {2, 20, 21, 22, 23, 24, 30, 40, 41, 42, 43, 60, 61, 62}) {
        INFO("object " << id);
        CHECK(cascade.opdOf(id) == 2);
    }
    CHECK(cascade.opdOf(3) == 3);
    // The pemda's own: the RPJMD and the kepala daerah's PK.
    for (qint64 id : {0, 10, 11, 31, 50, 51, 52, 70, 999}) {
        INFO("object " << id);
        CHECK(cascade.opdOf(id) == 0);
    }
}

TEST_CASE("An OPD's PKs come in cascade order, and OPD 0 has the kepala daerah's", "[Cascade]")
{
    const Cascade cascade = SmallCascade::everyKind();
    CHECK(cascade.pksOf(2) == QList<qint64> {40, 60});
    CHECK(cascade.pksOf(0) == QList<qint64> {50});
    CHECK(cascade.pksOf(3).isEmpty());
    CHECK(cascade.pksOf(999).isEmpty());
}

TEST_CASE("A PK indicator has its PK's year; other indicators and a program's pagu every year of "
          "the period",
          "[Cascade]")
{
    const Cascade cascade = SmallCascade::everyKind();
    CHECK(cascade.yearsOf(*cascade.indicator(42)) == QList<int> {2026});
    CHECK(cascade.yearsOf(*cascade.indicator(30)) == QList<int> {2025, 2026, 2027, 2028, 2029});
    CHECK(cascade.yearsOf(*cascade.indicator(31)) == QList<int> {2025, 2026, 2027, 2028, 2029});
    // The pagu indikatif is planned for programs, kegiatan and sub kegiatan only.
    CHECK(cascade.yearsOf(*cascade.item(23)) == QList<int> {2025, 2026, 2027, 2028, 2029});
    CHECK(cascade.yearsOf(*cascade.item(21)).isEmpty());
    // Asked before it is added: the owner decides.
    Indicator unsaved;
    unsaved.ownerId = 41;
    CHECK(cascade.yearsOf(unsaved) == QList<int> {2026});
}

TEST_CASE("An indicator serves one a level up: a PK the Renstra and the superior's PK, a Renstra "
          "or the kepala daerah's PK the RPJMD",
          "[LinkTargets]")
{
    const Cascade cascade = SmallCascade::everyKind();
    CHECK(LinkTargets::servable(cascade, 62) == QList<qint64> {30, 42, 43});
    CHECK(LinkTargets::servable(cascade, 42) == QList<qint64> {30});
    CHECK(LinkTargets::servable(cascade, 52) == QList<qint64> {31});
    CHECK(LinkTargets::servable(cascade, 30) == QList<qint64> {31});
    CHECK(LinkTargets::servable(cascade, 31).isEmpty()); // the RPJMD is the top
    CHECK(LinkTargets::servable(cascade, 41).isEmpty()); // not an indicator
}

TEST_CASE("A link candidate names the document it comes from, so equal names can be told apart",
          "[LinkTargets]")
{
    Cascade cascade = SmallCascade::everyKind();
    CHECK(LinkTargets::sourceOf(cascade, 31) == QStringLiteral("RPJMD · RPJMD sasaran"));
    CHECK(LinkTargets::sourceOf(cascade, 30) == QStringLiteral("Renstra OPD 2 · program"));
    CHECK(LinkTargets::sourceOf(cascade, 42) == QStringLiteral("PK 2026 kepala OPD · OPD 2"));
    CHECK(LinkTargets::sourceOf(cascade, 52) == QStringLiteral("PK 2026 kepala daerah"));
    CHECK(LinkTargets::sourceOf(cascade, 41).isEmpty()); // not an indicator
    Opd opd = *cascade.opd(2);
    opd.shortName = QStringLiteral("Dinkes");
    REQUIRE(cascade.updateOpd(opd));
    PlanItem program = *cascade.item(22);
    program.code = QStringLiteral("1.02.02");
    REQUIRE(cascade.updateItem(program));
    CHECK(LinkTargets::sourceOf(cascade, 30) == QStringLiteral("Renstra Dinkes · program 1.02.02"));
}

TEST_CASE("A PK's program rows come from its OPD's Renstra, the kepala daerah's from every OPD",
          "[LinkTargets]")
{
    const Cascade cascade = SmallCascade::everyKind();
    CHECK(LinkTargets::programSources(cascade, 40) == QList<qint64> {22, 23, 24});
    CHECK(LinkTargets::programSources(cascade, 50) == QList<qint64> {22, 23, 24});
    CHECK(LinkTargets::programSources(cascade, 41).isEmpty());
}

TEST_CASE("Only the kepala daerah's PK is without OPD, superior and NIP", "[PkDocument]")
{
    using Level = PkDocument::Level;
    CHECK_FALSE(PkDocument::belongsToOpd(Level::KepalaDaerah));
    CHECK_FALSE(PkDocument::hasPihakKedua(Level::KepalaDaerah));
    CHECK_FALSE(PkDocument::pihakPertamaHasNip(Level::KepalaDaerah));
    for (Level level : {Level::KepalaOpd, Level::EselonIII, Level::EselonIV}) {
        CHECK(PkDocument::belongsToOpd(level));
        CHECK(PkDocument::hasPihakKedua(level));
        CHECK(PkDocument::pihakPertamaHasNip(level));
    }
    // The kepala OPD's superior is the kepala daerah: no NIP for pihak kedua there.
    CHECK_FALSE(PkDocument::pihakKeduaHasNip(Level::KepalaOpd));
    CHECK(PkDocument::pihakKeduaHasNip(Level::EselonIII));
    CHECK(PkDocument::pihakKeduaHasNip(Level::EselonIV));
}
