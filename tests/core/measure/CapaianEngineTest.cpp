#include "measure/CapaianEngine.h"

#include "measure/CapaianSummary.h"
#include "measure/RealisasiCombiner.h"
#include "support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

// An indicator with the realisasi of TW I … TW IV as cells ("" = not reported).
Indicator reported(const QString &text, const QStringList &quarters)
{
    Indicator indicator;
    indicator.id = 7;
    indicator.text = text;
    indicator.polaritas = Indicator::Polaritas::Maximize;
    for (int quarter = 1; quarter <= quarters.size(); ++quarter) {
        RealisasiTriwulan triwulan;
        triwulan.realisasi = TargetValue::parse(quarters[quarter - 1]);
        indicator.realisasi.setTriwulan(quarter, triwulan);
    }
    return indicator;
}

TargetsInForce annual(const QString &target)
{
    TargetsInForce targets;
    targets.annual = TargetValue::parse(target);
    return targets;
}

QString combined(const Indicator &indicator, int quarter)
{
    return RealisasiCombiner::combine(
               indicator.realisasi, quarter, Metode::of(indicator), TargetValue::parse(u"100"))
        .value.toString();
}

Decimal dec(const char *canonical)
{
    return *Decimal::fromCanonical(QString::fromLatin1(canonical));
}

} // namespace

TEST_CASE("The metode follows the tipe perhitungan, else \"Jumlah …\" counts", "[CapaianEngine]")
{
    Indicator indicator;
    indicator.text = QStringLiteral("Jumlah kunjungan wisatawan");
    CHECK(Metode::of(indicator) == Metode::Kind::Kumulatif);
    indicator.text = QStringLiteral("Persentase balita gizi buruk yang ditangani");
    CHECK(Metode::of(indicator) == Metode::Kind::NilaiAkhir);
    indicator.text = QStringLiteral("Jumlahnya tidak jelas");
    CHECK(Metode::of(indicator) == Metode::Kind::NilaiAkhir);
    indicator.tipePerhitungan = Indicator::TipePerhitungan::RataRata;
    CHECK(Metode::of(indicator) == Metode::Kind::RataRata);
    CHECK(Metode::fromKey(u"nilai_akhir") == Metode::Kind::NilaiAkhir);
    CHECK(Metode::key(Metode::Kind::RataRata) == QLatin1String("rata_rata"));
}

TEST_CASE("Kumulatif adds the reported triwulan; a reported 0 counts, an empty one is left out",
          "[CapaianEngine]")
{
    const Indicator counts
        = reported(QStringLiteral("Jumlah desa ODF"),
                   {QStringLiteral("5"), QStringLiteral("0"), {}, QStringLiteral("7")});
    CHECK(combined(counts, 1) == QStringLiteral("5"));
    CHECK(combined(counts, 3) == QStringLiteral("5"));
    CHECK(combined(counts, 4) == QStringLiteral("12"));
    CHECK(RealisasiCombiner::combine(counts.realisasi, 3, Metode::Kind::Kumulatif, {}).quarters
          == QList<int> {1, 2});
}

TEST_CASE("Nilai akhir takes the last reported triwulan: an empty TW II with a TW III uses TW III",
          "[CapaianEngine]")
{
    const Indicator level = reported(QStringLiteral("Persentase desa ODF"),
                                     {QStringLiteral("40"), {}, QStringLiteral("55")});
    CHECK(combined(level, 2) == QStringLiteral("40"));
    CHECK(combined(level, 3) == QStringLiteral("55"));
    CHECK(combined(level, 4) == QStringLiteral("55"));
    // 0 reported is a value, unlike an empty quarter.
    const Indicator zero = reported(QStringLiteral("Persentase desa ODF"),
                                    {QStringLiteral("40"), QStringLiteral("0")});
    CHECK(combined(zero, 2) == QStringLiteral("0"));
    const Indicator none
        = reported(QStringLiteral("Persentase desa ODF"), {QStringLiteral("40"), {}});
    CHECK(combined(none, 2) == QStringLiteral("40"));
}

TEST_CASE("Rata-rata is the mean of the reported triwulan", "[CapaianEngine]")
{
    Indicator mean
        = reported(QStringLiteral("Indeks kepuasan"),
                   {QStringLiteral("80"), {}, QStringLiteral("81"), QStringLiteral("82")});
    mean.tipePerhitungan = Indicator::TipePerhitungan::RataRata;
    CHECK(combined(mean, 3) == QStringLiteral("80,5"));
    CHECK(combined(mean, 4) == QStringLiteral("81"));
    Indicator thirds = reported(QStringLiteral("Indeks"),
                                {QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("2")});
    thirds.tipePerhitungan = Indicator::TipePerhitungan::RataRata;
    const Capaian capaian
        = CapaianEngine(MeasureSettings()).measure(thirds, annual(QStringLiteral("1")), 3);
    CHECK(capaian.value == dec("133.33"));
    CHECK(Capaian::valueText(capaian.realisasi) == QStringLiteral("1,33"));
}

TEST_CASE("Capaian s.d. a triwulan of a kumulatif indicator is against the sum of the quarters' "
          "targets when every one is given",
          "[CapaianEngine]")
{
    Indicator counts = reported(QStringLiteral("Jumlah wisatawan"),
                                {QStringLiteral("300"), QStringLiteral("200")});
    TargetsInForce targets = annual(QStringLiteral("2.000"));
    targets.quarterly = {TargetValue::parse(u"250"), TargetValue::parse(u"250"), {}, {}};
    const CapaianEngine engine {MeasureSettings()};
    const Capaian second = engine.measure(counts, targets, 2);
    CHECK(second.quarterlyTarget);
    CHECK(second.target.toString() == QStringLiteral("500"));
    CHECK(second.value == Decimal::fromInt(100));
    // TW III has no target of its own: the year's target counts, and the note says so.
    const Capaian third = engine.measure(counts, targets, 3);
    CHECK_FALSE(third.quarterlyTarget);
    CHECK(third.target.toString() == QStringLiteral("2.000"));
    CHECK(third.value == Decimal::fromInt(25));
    CHECK(third.note.en.contains(QStringLiteral("incomplete")));
    // Without quarterly targets the year's target, silently.
    const Capaian plain = engine.measure(counts, annual(QStringLiteral("2.000")), 2);
    CHECK(plain.value == Decimal::fromInt(25));
    CHECK(plain.note.isEmpty());
}

TEST_CASE("Nilai akhir is always measured against the year's target", "[CapaianEngine]")
{
    const Indicator level = reported(QStringLiteral("Persentase desa ODF"),
                                     {QStringLiteral("40"), QStringLiteral("60")});
    TargetsInForce targets = annual(QStringLiteral("80"));
    targets.quarterly = {TargetValue::parse(u"20"), TargetValue::parse(u"40"), {}, {}};
    const Capaian capaian = CapaianEngine(MeasureSettings()).measure(level, targets, 2);
    CHECK(capaian.value == Decimal::fromInt(75));
    CHECK_FALSE(capaian.quarterlyTarget);
}

TEST_CASE("The year's realisasi of a sheet wins over its triwulan", "[CapaianEngine]")
{
    const Indicator level = reported(QStringLiteral("Persentase desa ODF"),
                                     {QStringLiteral("40"), QStringLiteral("60")});
    const Capaian capaian
        = CapaianEngine(MeasureSettings())
              .measure(level, annual(QStringLiteral("80")), 2, TargetValue::parse(u"72"));
    CHECK(capaian.value == Decimal::fromInt(90));
}

TEST_CASE("A grade realisasi is read against the target's scale", "[CapaianEngine]")
{
    // "Baik" alone is a vague word, but against an SPBE target it is that scale's grade.
    const Indicator spbe = reported(QStringLiteral("Indeks SPBE"), {QStringLiteral("Baik")});
    const Capaian capaian
        = CapaianEngine(MeasureSettings()).measure(spbe, annual(QStringLiteral("Sangat Baik")), 1);
    CHECK(capaian.gradeComparison);
    CHECK(capaian.value == Decimal::fromInt(75));
    CHECK(capaian.realisasi.grade().label == QStringLiteral("Baik"));
    // "A" reads as a predikat SAKIP alone, as mutu A against an IKM target.
    const Indicator ikm = reported(QStringLiteral("Mutu pelayanan"), {QStringLiteral("B")});
    const Capaian mutu
        = CapaianEngine(MeasureSettings()).measure(ikm, annual(QStringLiteral("A Sangat Baik")), 1);
    CHECK(mutu.value == Decimal::fromInt(75));
}

TEST_CASE("Grades are never added: a kumulatif grade indicator takes its last grade",
          "[CapaianEngine]")
{
    Indicator opini
        = reported(QStringLiteral("Jumlah opini"), {QStringLiteral("WDP"), QStringLiteral("WTP")});
    const Capaian capaian
        = CapaianEngine(MeasureSettings()).measure(opini, annual(QStringLiteral("WTP")), 2);
    CHECK(capaian.value == Decimal::fromInt(100));
    CHECK(capaian.note.en.contains(QStringLiteral("last reported grade")));
}

TEST_CASE("The kategori is the first band a capaian reaches", "[CapaianEngine][KategoriScale]")
{
    const KategoriScale standard;
    const auto label = [](const KategoriScale &scale, const char *capaian) {
        const std::optional<int> band = scale.bandOf(dec(capaian));
        return band ? scale.bands()[*band].label : QString();
    };
    CHECK(standard.id() == QStringLiteral("lkjip-5"));
    CHECK(label(standard, "120") == QStringLiteral("Sangat Baik"));
    CHECK(label(standard, "91") == QStringLiteral("Sangat Baik"));
    CHECK(label(standard, "90.99") == QStringLiteral("Baik"));
    CHECK(label(standard, "76") == QStringLiteral("Baik"));
    CHECK(label(standard, "66") == QStringLiteral("Cukup"));
    CHECK(label(standard, "51") == QStringLiteral("Kurang"));
    CHECK(label(standard, "50.99") == QStringLiteral("Sangat Kurang"));
    CHECK(label(standard, "0") == QStringLiteral("Sangat Kurang"));

    const QList<KategoriScale> &scales = KategoriScale::builtIn();
    REQUIRE(scales.size() == 3);
    const KategoriScale &six = scales[1];
    CHECK(six.bands().size() == 6);
    CHECK(label(six, "85") == QStringLiteral("Sangat Baik"));
    CHECK(label(six, "85.01") == QStringLiteral("Memuaskan"));
    CHECK(label(six, "30") == QStringLiteral("Kurang"));
    const KategoriScale &lights = scales[2];
    CHECK(label(lights, "90") == QStringLiteral("Hijau"));
    CHECK(label(lights, "89.99") == QStringLiteral("Kuning"));
    CHECK(label(lights, "70") == QStringLiteral("Kuning"));
    CHECK(label(lights, "69.99") == QStringLiteral("Merah"));
}

TEST_CASE("A kategori scale of the pemda's own is checked band by band", "[KategoriScale]")
{
    using Band = KategoriScale::Band;
    const Result<KategoriScale> own = KategoriScale::make(
        QStringLiteral("own"),
        QStringLiteral("Skala Kabupaten"),
        {Band {QStringLiteral("Tinggi"), dec("80"), true, QStringLiteral("#a5d6a7")},
         Band {QStringLiteral("Rendah"), std::nullopt, true, {}}});
    REQUIRE(own);
    const Result<KategoriScale> again = KategoriScale::fromJson(own->toJson());
    REQUIRE(again);
    CHECK(*again == *own);
    CHECK_FALSE(KategoriScale::make(QStringLiteral("x"), {}, {}));
    const Result<KategoriScale> rising
        = KategoriScale::make(QStringLiteral("x"),
                              {},
                              {Band {QStringLiteral("A"), dec("50"), true, {}},
                               Band {QStringLiteral("B"), dec("60"), true, {}}});
    REQUIRE_FALSE(rising);
    CHECK(rising.error().message.contains(QStringLiteral("below")));
    CHECK_FALSE(KategoriScale::make(QStringLiteral("x"),
                                    {},
                                    {Band {QStringLiteral("A"), std::nullopt, true, {}},
                                     Band {QStringLiteral("B"), dec("60"), true, {}}}));
    CHECK_FALSE(
        KategoriScale::make(QStringLiteral("x"),
                            {},
                            {Band {QStringLiteral("A"), dec("1"), true, QStringLiteral("red")}}));
}

TEST_CASE("The engine names the kategori of the workspace's scale", "[CapaianEngine]")
{
    MeasureSettings settings;
    settings.kategori = KategoriScale::builtIn()[2];
    const Indicator level = reported(QStringLiteral("Persentase"), {QStringLiteral("60")});
    const Capaian capaian = CapaianEngine(settings).measure(level, annual(QStringLiteral("80")), 1);
    CHECK(capaian.value == Decimal::fromInt(75));
    CHECK(capaian.kategoriLabel == QStringLiteral("Kuning"));
    CHECK(Capaian::percentText(*capaian.value) == QStringLiteral("75,00 %"));
}

TEST_CASE("The summary averages the capaian that exist and counts them per kategori",
          "[CapaianSummary]")
{
    const CapaianEngine engine {MeasureSettings()};
    const QList<Capaian> all {
        engine.measure(reported(QStringLiteral("A"), {QStringLiteral("95")}),
                       annual(QStringLiteral("100")),
                       1),
        engine.measure(reported(QStringLiteral("B"), {QStringLiteral("50")}),
                       annual(QStringLiteral("100")),
                       1),
        engine.measure(reported(QStringLiteral("C"), {QStringLiteral("77")}),
                       annual(QStringLiteral("100")),
                       1),
        engine.measure(reported(QStringLiteral("D"), {}), annual(QStringLiteral("100")), 1),
    };
    const CapaianSummary summary = CapaianSummary::of(all, KategoriScale());
    CHECK(summary.measured == 3);
    CHECK(summary.unmeasured == 1);
    CHECK(summary.rataRata == dec("74"));
    REQUIRE(summary.perKategori.size() == 5);
    CHECK(summary.perKategori[0] == std::pair {QStringLiteral("Sangat Baik"), 1});
    CHECK(summary.perKategori[1] == std::pair {QStringLiteral("Baik"), 1});
    CHECK(summary.perKategori[4] == std::pair {QStringLiteral("Sangat Kurang"), 1});
}
