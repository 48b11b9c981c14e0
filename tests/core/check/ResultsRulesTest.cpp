#include "check/Checker.h"
#include "check/IndicatorSheet.h"
#include "check/RuleRegistry.h"
#include "support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

// One PK of 2026 with one indicator, whose realisasi each case sets, in a workspace whose
// reporting year is 2026.
struct Fixture
{
    Cascade cascade;
    static constexpr qint64 pk = 50;
    static constexpr qint64 indicatorId = 52;

    Fixture()
    {
        REQUIRE(cascade.setPeriode(
            Periode {2025, 2029, QStringLiteral("Visi"), {Misi {1, QStringLiteral("Misi")}}}));
        Opd opd;
        opd.id = 20;
        opd.name = QStringLiteral("Dinas Kesehatan");
        REQUIRE(cascade.insertOpd(opd));
        PkDocument document;
        document.id = pk;
        document.opdId = 20;
        document.year = 2026;
        REQUIRE(cascade.insertPk(document));
        PlanItem sasaran;
        sasaran.id = 51;
        sasaran.kind = PlanItem::Kind::PkSasaran;
        sasaran.parentId = pk;
        sasaran.name = QStringLiteral("Meningkatnya cakupan imunisasi");
        REQUIRE(cascade.insertItem(sasaran));
        Indicator indicator;
        indicator.id = indicatorId;
        indicator.ownerId = 51;
        indicator.text = QStringLiteral("Persentase bayi yang mendapat imunisasi dasar lengkap");
        indicator.satuan = QStringLiteral("%");
        indicator.sumberData = QStringLiteral("Laporan imunisasi Puskesmas");
        indicator.polaritas = Indicator::Polaritas::Maximize;
        indicator.targets.insert(2026, TargetValue::parse(u"90"));
        REQUIRE(cascade.insertIndicator(indicator));
        MeasureSettings settings;
        settings.reportingYear = 2026;
        settings.closedQuarter = 2;
        cascade.setMeasureSettings(settings);
    }

    // Sets a triwulan: realisasi, kendala + tindak lanjut (both or neither) and bukti.
    void report(int quarter, const QString &value, bool explained = false, bool bukti = true)
    {
        Realisasi realisasi = cascade.indicator(indicatorId)->realisasi;
        RealisasiTriwulan triwulan = realisasi.triwulan(quarter);
        triwulan.realisasi = TargetValue::parse(value);
        triwulan.kendala = explained ? QStringLiteral("Vaksin terlambat datang") : QString();
        triwulan.tindakLanjut = explained ? QStringLiteral("Sweeping di posyandu") : QString();
        triwulan.bukti = bukti ? QStringLiteral("Laporan imunisasi TW %1").arg(quarter) : QString();
        realisasi.setTriwulan(quarter, triwulan);
        REQUIRE(cascade.setRealisasi(indicatorId, realisasi));
    }

    void edit(const std::function<void(Indicator &)> &change)
    {
        Indicator indicator = *cascade.indicator(indicatorId);
        change(indicator);
        REQUIRE(cascade.updateIndicator(indicator));
    }

    // The findings of one rule on the indicator; each carries both languages.
    QList<Finding> findings(QLatin1String rule) const
    {
        Checker checker;
        checker.checkAll(cascade);
        QList<Finding> result;
        for (const Finding &finding : checker.findingsFor(indicatorId)) {
            if (finding.ruleId != rule)
                continue;
            CHECK_FALSE(finding.message.id.isEmpty());
            CHECK_FALSE(finding.message.en.isEmpty());
            CHECK_FALSE(finding.suggestion.id.isEmpty());
            CHECK_FALSE(finding.suggestion.en.isEmpty());
            result.append(finding);
        }
        return result;
    }
};

const QLatin1String missing("realisasi-missing");
const QLatin1String lowNoKendala("capaian-low-no-kendala");
const QLatin1String noEvidence("realisasi-no-evidence");
const QLatin1String percentOver100("realisasi-percent-over-100");
const QLatin1String falls("realisasi-cumulative-falls");
const QLatin1String tenfold("realisasi-tenfold");

} // namespace

TEST_CASE("Every results rule is registered with a title in both languages", "[rules][results]")
{
    for (QLatin1String id : {missing, lowNoKendala, noEvidence, percentOver100, falls, tenfold}) {
        const CheckRule *rule = RuleRegistry::find(QString(id));
        REQUIRE(rule);
        CHECK(rule->needsCascade());
        CHECK_FALSE(rule->title().id.isEmpty());
        CHECK_FALSE(rule->title().en.isEmpty());
    }
}

TEST_CASE("Sound realisasi for every closed triwulan has no results finding", "[rules][results]")
{
    Fixture fixture;
    fixture.report(1, QStringLiteral("85"));
    fixture.report(2, QStringLiteral("88,5"));
    for (QLatin1String rule : {missing, lowNoKendala, noEvidence, percentOver100, falls, tenfold})
        CHECK(fixture.findings(rule).isEmpty());
}

TEST_CASE("realisasi-missing names the closed triwulan without realisasi", "[rules][results]")
{
    Fixture fixture;
    fixture.report(1, QStringLiteral("45"));
    const QList<Finding> found = fixture.findings(missing);
    REQUIRE(found.size() == 1);
    CHECK(found.first().field == QStringLiteral("realisasi"));
    CHECK(found.first().message.en
          == QStringLiteral(
              "No realisasi for TW II, although the quarters up to TW II 2026 are closed."));
}

TEST_CASE("realisasi-missing takes a reported 0 as reported", "[rules][results]")
{
    Fixture fixture;
    fixture.report(1, QStringLiteral("0"), true);
    CHECK(fixture.findings(missing).size() == 1);
    fixture.report(2, QStringLiteral("0"), true);
    CHECK(fixture.findings(missing).isEmpty());
}

TEST_CASE("realisasi-missing follows the setting, never the clock", "[rules][results]")
{
    Fixture fixture;
    MeasureSettings settings = fixture.cascade.measureSettings();
    settings.closedQuarter = 0;
    fixture.cascade.setMeasureSettings(settings);
    CHECK(fixture.findings(missing).isEmpty());
    settings.closedQuarter = 4;
    fixture.cascade.setMeasureSettings(settings);
    REQUIRE(fixture.findings(missing).size() == 1);
    CHECK(fixture.findings(missing).first().message.id.contains(
        QStringLiteral("TW I, TW II, TW III, TW IV")));
    // Another year's PK is not measured in this reporting year.
    settings.reportingYear = 2027;
    fixture.cascade.setMeasureSettings(settings);
    CHECK(fixture.findings(missing).isEmpty());
}

TEST_CASE("capaian-low-no-kendala flags a capaian in the worst kategori left unexplained",
          "[rules][results]")
{
    Fixture fixture;
    fixture.report(1, QStringLiteral("30"));
    fixture.report(2, QStringLiteral("45"));
    const QList<Finding> found = fixture.findings(lowNoKendala);
    REQUIRE(found.size() == 1);
    CHECK(found.first().field == QStringLiteral("kendala"));
    CHECK(found.first().message.en
          == QStringLiteral("Low capaian without kendala and tindak lanjut: up to TW I 33,33 % "
                            "(Sangat Kurang), TW II 50,00 % (Sangat Kurang)."));
    // Kendala and tindak lanjut written for both quarters: explained.
    fixture.report(1, QStringLiteral("30"), true);
    fixture.report(2, QStringLiteral("45"), true);
    CHECK(fixture.findings(lowNoKendala).isEmpty());
}

TEST_CASE("capaian-low-no-kendala takes the workspace's threshold when it sets one",
          "[rules][results]")
{
    Fixture fixture;
    fixture.report(1, QStringLiteral("60"));
    // 66,67 % is Cukup: not in the worst band.
    CHECK(fixture.findings(lowNoKendala).isEmpty());
    MeasureSettings settings = fixture.cascade.measureSettings();
    settings.kendalaBelow = Decimal::fromInt(76);
    fixture.cascade.setMeasureSettings(settings);
    CHECK(fixture.findings(lowNoKendala).size() == 1);
}

TEST_CASE("capaian-low-no-kendala judges a count against the year's target pro rata",
          "[rules][results]")
{
    Fixture fixture;
    fixture.edit([](Indicator &indicator) {
        indicator.text = QStringLiteral("Jumlah bayi yang mendapat imunisasi dasar lengkap");
        indicator.satuan = QStringLiteral("bayi");
        indicator.targets[2026] = TargetValue::parse(u"1.200");
    });
    // 300 of 1.200 in TW I is 25,00 %, a quarter of the year: on track.
    fixture.report(1, QStringLiteral("300"));
    CHECK(fixture.findings(lowNoKendala).isEmpty());
    // 100 in TW I is a third of the pace.
    fixture.report(1, QStringLiteral("100"));
    const QList<Finding> found = fixture.findings(lowNoKendala);
    REQUIRE(found.size() == 1);
    CHECK(found.first().message.en.contains(QStringLiteral("TW I 8,33 %")));
}

TEST_CASE("realisasi-no-evidence asks where the data is", "[rules][results]")
{
    Fixture fixture;
    fixture.report(1, QStringLiteral("45"), false, false);
    fixture.report(2, QStringLiteral("80"));
    QList<Finding> found = fixture.findings(noEvidence);
    REQUIRE(found.size() == 1);
    CHECK(found.first().field == QStringLiteral("bukti"));
    CHECK(found.first().message.id
          == QStringLiteral("Realisasi TW I dilaporkan tanpa bukti: di mana datanya?"));
    fixture.report(1, QStringLiteral("45"));
    fixture.edit([](Indicator &indicator) { indicator.sumberData.clear(); });
    found = fixture.findings(noEvidence);
    REQUIRE(found.size() == 1);
    CHECK(found.first().field == QStringLiteral("sumberData"));
    // An IKU's missing sumber data is iku-sumber-data-missing's finding, not a second one.
    fixture.edit([](Indicator &indicator) { indicator.iku = true; });
    CHECK(fixture.findings(noEvidence).isEmpty());
}

TEST_CASE("realisasi-percent-over-100 flags a percentage above 100", "[rules][results]")
{
    Fixture fixture;
    fixture.report(1, QStringLiteral("45"));
    fixture.report(2, QStringLiteral("885"));
    const QList<Finding> found = fixture.findings(percentOver100);
    REQUIRE(found.size() == 1);
    CHECK(found.first().message.en.contains(QStringLiteral("885 (TW II)")));
    // A count may be above 100.
    fixture.edit([](Indicator &indicator) { indicator.satuan = QStringLiteral("orang"); });
    CHECK(fixture.findings(percentOver100).isEmpty());
}

TEST_CASE("realisasi-cumulative-falls flags a kumulatif count that goes down", "[rules][results]")
{
    Fixture fixture;
    fixture.edit([](Indicator &indicator) {
        indicator.text = QStringLiteral("Jumlah bayi yang mendapat imunisasi dasar lengkap");
        indicator.satuan = QStringLiteral("bayi");
        indicator.targets[2026] = TargetValue::parse(u"1.200");
    });
    fixture.report(1, QStringLiteral("300"));
    fixture.report(2, QStringLiteral("-20"));
    const QList<Finding> found = fixture.findings(falls);
    REQUIRE(found.size() == 1);
    CHECK(found.first().message.en.contains(QStringLiteral("TW II 300 → 280")));
    // The same figures as a level (nilai akhir) may fall.
    fixture.edit([](Indicator &indicator) {
        indicator.tipePerhitungan = Indicator::TipePerhitungan::NonKumulatif;
    });
    CHECK(fixture.findings(falls).isEmpty());
}

TEST_CASE("realisasi-tenfold names the triwulan a digit away from the others", "[rules][results]")
{
    Fixture fixture;
    fixture.report(1, QStringLiteral("45"));
    fixture.report(2, QStringLiteral("47"));
    fixture.report(3, QStringLiteral("480"));
    QList<Finding> found = fixture.findings(tenfold);
    REQUIRE(found.size() == 1);
    CHECK(found.first().message.en.contains(QStringLiteral("TW III (480)")));
    fixture.report(3, QStringLiteral("4"));
    found = fixture.findings(tenfold);
    REQUIRE(found.size() == 1);
    CHECK(found.first().message.en.contains(QStringLiteral("TW III (4)")));
    // Close figures, and a reported 0, are no typo.
    fixture.report(3, QStringLiteral("0"));
    CHECK(fixture.findings(tenfold).isEmpty());
}

TEST_CASE("realisasi-tenfold with two triwulan names the later one", "[rules][results]")
{
    Fixture fixture;
    fixture.report(1, QStringLiteral("45"));
    fixture.report(2, QStringLiteral("450"));
    const QList<Finding> found = fixture.findings(tenfold);
    REQUIRE(found.size() == 1);
    CHECK(found.first().message.en.contains(QStringLiteral("TW II (450)")));
    CHECK_FALSE(found.first().message.en.contains(QStringLiteral("TW I (")));
}

TEST_CASE("The results rules never run on a sheet, which has no workspace to measure in",
          "[rules][results]")
{
    IndicatorSheet sheet;
    IndicatorSheet::Row row;
    row.number = 2;
    row.indicator.text = QStringLiteral("Persentase bayi yang mendapat imunisasi dasar lengkap");
    row.indicator.satuan = QStringLiteral("%");
    row.indicator.targets.insert(0, TargetValue::parse(u"90"));
    row.indicator.realisasi.setTriwulan(
        1, RealisasiTriwulan {{}, TargetValue::parse(u"900"), {}, {}, {}});
    sheet.rows.append(row);
    for (const Finding &finding : Checker::checkSheet(sheet)) {
        for (QLatin1String id : {missing, lowNoKendala, noEvidence, percentOver100, falls, tenfold})
            CHECK(finding.ruleId != id);
    }
    const Fixture fixture;
    CHECK_FALSE(fixture.findings(missing).isEmpty());
}
