#include "check/Checker.h"
#include "support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

// A small cascade: one RPJMD sasaran, one OPD with a Renstra sasaran and its IKU, and the
// kepala OPD's PK for 2026 whose indicator serves the IKU with the Renstra's target.
struct Fixture
{
    Cascade cascade;
    qint64 rpjmdSasaran = 11;
    qint64 renstraSasaran = 31;
    qint64 iku = 40;
    qint64 pk = 50;
    qint64 pkSasaran = 51;
    qint64 pkIndicator = 52;

    Fixture()
    {
        REQUIRE(cascade.setPeriode(
            Periode {2025, 2029, QStringLiteral("Visi"), {Misi {1, QStringLiteral("Misi")}}}));
        add(PlanItem::Kind::RpjmdTujuan, 10, 0, QStringLiteral("Tujuan"));
        add(PlanItem::Kind::RpjmdSasaran,
            rpjmdSasaran,
            10,
            QStringLiteral("Meningkatnya derajat kesehatan"));
        REQUIRE(cascade.insertIndicator(
            good(12, rpjmdSasaran, QStringLiteral("Usia Harapan Hidup"), QStringLiteral("tahun"))));
        Opd opd;
        opd.id = 20;
        opd.name = QStringLiteral("Dinas Kesehatan");
        REQUIRE(cascade.insertOpd(opd));
        add(PlanItem::Kind::RenstraTujuan, 30, 20, QStringLiteral("Tujuan PD"));
        PlanItem sasaran;
        sasaran.id = renstraSasaran;
        sasaran.kind = PlanItem::Kind::RenstraSasaran;
        sasaran.parentId = 30;
        sasaran.name = QStringLiteral("Meningkatnya mutu layanan");
        sasaran.supportsId = rpjmdSasaran;
        REQUIRE(cascade.insertItem(sasaran));
        Indicator ikuIndicator
            = good(iku,
                   renstraSasaran,
                   QStringLiteral("Persentase Puskesmas terakreditasi paripurna"),
                   QStringLiteral("%"));
        ikuIndicator.iku = true;
        REQUIRE(cascade.insertIndicator(ikuIndicator));
        PkDocument document;
        document.id = pk;
        document.opdId = 20;
        document.year = 2026;
        document.level = PkDocument::Level::KepalaOpd;
        document.programs = {PkProgram {53,
                                        QStringLiteral("1.02.02"),
                                        QStringLiteral("Program"),
                                        Decimal::fromInt(1000000),
                                        0}};
        REQUIRE(cascade.insertPk(document));
        add(PlanItem::Kind::PkSasaran, pkSasaran, pk, QStringLiteral("Meningkatnya mutu layanan"));
        Indicator served = good(pkIndicator,
                                pkSasaran,
                                QStringLiteral("Persentase Puskesmas terakreditasi paripurna"),
                                QStringLiteral("%"));
        served.targets = {{2026, TargetValue::parse(u"62")}};
        served.servesId = iku;
        REQUIRE(cascade.insertIndicator(served));
    }

    void add(PlanItem::Kind kind, qint64 id, qint64 parent, const QString &name)
    {
        PlanItem item;
        item.id = id;
        item.kind = kind;
        item.parentId = parent;
        item.name = name;
        REQUIRE(cascade.insertItem(item));
    }

    static Indicator good(qint64 id, qint64 owner, const QString &text, const QString &satuan)
    {
        Indicator indicator;
        indicator.id = id;
        indicator.ownerId = owner;
        indicator.text = text;
        indicator.satuan = satuan;
        indicator.rumus = QStringLiteral("A / B × 100 %");
        indicator.sumberData = QStringLiteral("Laporan Dinas Kesehatan");
        indicator.polaritas = Indicator::Polaritas::Maximize;
        const QStringList values {QStringLiteral("58"),
                                  QStringLiteral("62"),
                                  QStringLiteral("66"),
                                  QStringLiteral("70"),
                                  QStringLiteral("74")};
        for (int i = 0; i < values.size(); ++i)
            indicator.targets.insert(2025 + i, TargetValue::parse(values[i]));
        return indicator;
    }

    QStringList rulesFor(qint64 objectId) const
    {
        Checker checker;
        checker.checkAll(cascade);
        QStringList rules;
        for (const Finding &finding : checker.findingsFor(objectId))
            rules.append(finding.ruleId);
        return rules;
    }

    Indicator indicator(qint64 id) const { return *cascade.indicator(id); }
};

} // namespace

TEST_CASE("A sound small cascade has no findings", "[rules][cascade]")
{
    Fixture fixture;
    Checker checker;
    checker.checkAll(fixture.cascade);
    CAPTURE(checker.findings().size());
    for (const Finding &finding : checker.findings())
        UNSCOPED_INFO(finding.ruleId.toStdString()
                      << " " << finding.objectId << " " << finding.message.en.toStdString());
    CHECK(checker.findings().isEmpty());
}

TEST_CASE("pk-orphan flags a PK indicator that serves nothing", "[rules][pk-orphan]")
{
    Fixture fixture;
    Indicator orphan = fixture.indicator(fixture.pkIndicator);
    orphan.servesId = 0;
    REQUIRE(fixture.cascade.updateIndicator(orphan));
    CHECK(fixture.rulesFor(fixture.pkIndicator).contains(QStringLiteral("pk-orphan")));
    // A Renstra indicator serves nothing by design.
    CHECK_FALSE(fixture.rulesFor(fixture.iku).contains(QStringLiteral("pk-orphan")));
}

TEST_CASE("pk-target-differs says by how much the PK departs from the Renstra",
          "[rules][pk-target-differs]")
{
    Fixture fixture;
    Indicator lower = fixture.indicator(fixture.pkIndicator);
    lower.targets[2026] = TargetValue::parse(u"59,5");
    REQUIRE(fixture.cascade.updateIndicator(lower));
    Checker checker;
    checker.checkAll(fixture.cascade);
    const QList<Finding> found = checker.findingsFor(fixture.pkIndicator);
    REQUIRE(found.size() == 1);
    CHECK(found.first().ruleId == QStringLiteral("pk-target-differs"));
    CHECK(found.first().message.id.contains(QStringLiteral("lebih rendah 2,5")));
    CHECK(found.first().message.en.contains(QStringLiteral("2,5 lower")));
}

TEST_CASE("pk-target-differs compares targets only in the same satuan; pk-satuan-differs "
          "flags the link instead",
          "[rules][pk-target-differs][pk-satuan-differs]")
{
    Fixture fixture;
    Indicator other = fixture.indicator(fixture.pkIndicator);
    other.satuan = QStringLiteral("unit");
    other.targets[2026] = TargetValue::parse(u"12");
    REQUIRE(fixture.cascade.updateIndicator(other));
    Checker checker;
    checker.checkAll(fixture.cascade);
    const QList<Finding> found = checker.findingsFor(fixture.pkIndicator);
    REQUIRE(found.size() == 1);
    CHECK(found.first().ruleId == QStringLiteral("pk-satuan-differs"));
    CHECK(found.first().field == QStringLiteral("satuan"));
    CHECK(found.first().message.id.contains(QStringLiteral("(unit)")));
    CHECK(found.first().message.id.contains(QStringLiteral("indikator Renstra")));
    CHECK(found.first().message.en.contains(QStringLiteral("link is probably wrong")));

    // "persen" is "%", whatever the case and spacing: the targets are compared again.
    other.satuan = QStringLiteral(" Persen ");
    REQUIRE(fixture.cascade.updateIndicator(other));
    checker.checkAll(fixture.cascade);
    CHECK(fixture.rulesFor(fixture.pkIndicator)
          == QStringList {QStringLiteral("pk-target-differs")});
    // No satuan is satuan-missing's finding, not a different one.
    other.satuan.clear();
    REQUIRE(fixture.cascade.updateIndicator(other));
    CHECK_FALSE(
        fixture.rulesFor(fixture.pkIndicator).contains(QStringLiteral("pk-satuan-differs")));
}

TEST_CASE("pk-empty flags a PK without sasaran or without any indicator", "[rules][pk-empty]")
{
    Fixture fixture;
    CHECK_FALSE(fixture.rulesFor(fixture.pk).contains(QStringLiteral("pk-empty")));
    REQUIRE(fixture.cascade.removeIndicator(fixture.pkIndicator));
    Checker checker;
    checker.checkAll(fixture.cascade);
    QList<Finding> found = checker.findingsFor(fixture.pk);
    REQUIRE(found.size() == 1);
    CHECK(found.first().ruleId == QStringLiteral("pk-empty"));
    CHECK(found.first().message.en.contains(QStringLiteral("nothing can be measured")));
    REQUIRE(fixture.cascade.removeItem(fixture.pkSasaran));
    checker.checkAll(fixture.cascade);
    found = checker.findingsFor(fixture.pk);
    REQUIRE(found.size() == 1);
    CHECK(found.first().ruleId == QStringLiteral("pk-empty"));
    CHECK(found.first().message.id.contains(QStringLiteral("belum berisi sasaran")));
}

TEST_CASE("iku-not-in-pk flags an IKU that the head's PK does not carry", "[rules][iku-not-in-pk]")
{
    Fixture fixture;
    CHECK(fixture.rulesFor(fixture.iku).isEmpty());
    Indicator elsewhere = fixture.indicator(fixture.pkIndicator);
    elsewhere.servesId = 12;
    REQUIRE(fixture.cascade.updateIndicator(elsewhere));
    CHECK(fixture.rulesFor(fixture.iku) == QStringList {QStringLiteral("iku-not-in-pk")});
}

TEST_CASE("sasaran-without-indicator flags a sasaran no indicator measures",
          "[rules][sasaran-without-indicator]")
{
    Fixture fixture;
    REQUIRE(fixture.cascade.removeIndicator(fixture.iku));
    CHECK(fixture.rulesFor(fixture.renstraSasaran)
              .contains(QStringLiteral("sasaran-without-indicator")));
    // Removing the indicator also unlinked the PK indicator that served it.
    CHECK(fixture.rulesFor(fixture.pkIndicator).contains(QStringLiteral("pk-orphan")));
}

TEST_CASE("The RPJMD link rules flag unlinked Renstra sasaran and unsupported RPJMD sasaran",
          "[rules][renstra-sasaran-unlinked][rpjmd-sasaran-unsupported]")
{
    Fixture fixture;
    PlanItem sasaran = *fixture.cascade.item(fixture.renstraSasaran);
    sasaran.supportsId = 0;
    REQUIRE(fixture.cascade.updateItem(sasaran));
    CHECK(fixture.rulesFor(fixture.renstraSasaran)
          == QStringList {QStringLiteral("renstra-sasaran-unlinked")});
    CHECK(fixture.rulesFor(fixture.rpjmdSasaran)
          == QStringList {QStringLiteral("rpjmd-sasaran-unsupported")});
}

TEST_CASE("The PK budget rules flag a row without anggaran and a total that does not add up",
          "[rules][pk-program-no-anggaran][pk-anggaran-total]")
{
    Fixture fixture;
    PkDocument pk = *fixture.cascade.pk(fixture.pk);
    pk.programs.append(PkProgram {54,
                                  QStringLiteral("1.02.03"),
                                  QStringLiteral("Program Peningkatan Kapasitas SDM Kesehatan"),
                                  Decimal(),
                                  0});
    pk.declaredTotal = Decimal::fromInt(1500000);
    REQUIRE(fixture.cascade.updatePk(pk));
    Checker checker;
    checker.checkAll(fixture.cascade);
    const QList<Finding> found = checker.findingsFor(fixture.pk);
    REQUIRE(found.size() == 2);
    CHECK(found[0].ruleId == QStringLiteral("pk-program-no-anggaran"));
    CHECK(found[0].message.id.contains(QStringLiteral("1.02.03")));
    CHECK(found[1].ruleId == QStringLiteral("pk-anggaran-total"));
    CHECK(found[1].message.id.contains(QStringLiteral("Rp 1.500.000")));
    CHECK(found[1].message.id.contains(QStringLiteral("Rp 1.000.000")));
    CHECK(found[1].message.id.contains(QStringLiteral("selisih Rp 500.000")));
}

TEST_CASE("duplicate-indicator flags the same indicator twice in one PK",
          "[rules][duplicate-indicator]")
{
    Fixture fixture;
    Indicator copy = fixture.indicator(fixture.pkIndicator);
    copy.id = 60;
    copy.text = QStringLiteral("  persentase puskesmas  terakreditasi Paripurna ");
    REQUIRE(fixture.cascade.insertIndicator(copy));
    CHECK(fixture.rulesFor(fixture.pk).contains(QStringLiteral("duplicate-indicator")));
}
