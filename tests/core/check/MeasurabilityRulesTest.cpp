#include "core/check/RuleTestSupport.h"
#include "support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace Tepat;
using namespace Tepat::RuleTest;

namespace {

const QLatin1String satuanMissing("satuan-missing");
const QLatin1String targetMissing("target-missing");
const QLatin1String notAValue("target-not-a-value");
const QLatin1String percentOver("percent-over-100");
const QLatin1String wrongDirection("target-wrong-direction");
const QLatin1String rumusMissing("iku-rumus-missing");
const QLatin1String sumberMissing("iku-sumber-data-missing");

} // namespace

TEST_CASE("satuan-missing flags an indicator whose target has no unit anywhere",
          "[rules][satuan-missing]")
{
    CHECK(run(satuanMissing,
              indicator(
                  QStringLiteral("Jumlah kunjungan wisatawan"), {}, {QStringLiteral("1.200.000")}))
              .size()
          == 1);
    CHECK(run(satuanMissing,
              indicator(QStringLiteral("Jumlah kunjungan wisatawan"),
                        QStringLiteral("-"),
                        {QStringLiteral("1.200.000")}))
              .size()
          == 1);
    const QList<Finding> typed = run(satuanMissing,
                                     indicator(QStringLiteral("Cakupan imunisasi"),
                                               QStringLiteral("0"),
                                               {QStringLiteral("95")}));
    REQUIRE(typed.size() == 1);
    CHECK(typed.first().field == QStringLiteral("satuan"));
    CHECK(typed.first().message.id.contains(QStringLiteral("\"0\"")));
}

TEST_CASE("satuan-missing accepts a satuan or a unit written in the target cells",
          "[rules][satuan-missing]")
{
    CHECK(run(satuanMissing,
              indicator(QStringLiteral("Jumlah kunjungan wisatawan"),
                        QStringLiteral("orang"),
                        {QStringLiteral("1.200.000")}))
              .isEmpty());
    CHECK(run(satuanMissing,
              indicator(QStringLiteral("Cakupan imunisasi"),
                        {},
                        {QStringLiteral("85%"), QStringLiteral("90%")}))
              .isEmpty());
    CHECK(
        run(satuanMissing,
            indicator(QStringLiteral("Waktu penerbitan izin"), {}, {QStringLiteral("≤ 10 menit")}))
            .isEmpty());
    CHECK(run(satuanMissing,
              indicator(QStringLiteral("Rata-rata lama sekolah"),
                        QStringLiteral("%"),
                        {QStringLiteral("9")}))
              .isEmpty());
}

TEST_CASE("target-missing names the years without a target", "[rules][target-missing]")
{
    Indicator gaps
        = indicator(QStringLiteral("Persentase desa mandiri"),
                    QStringLiteral("%"),
                    {QStringLiteral("10"), QString(), QStringLiteral("20"), QStringLiteral("-")});
    const QList<Finding> found = run(targetMissing, gaps);
    REQUIRE(found.size() == 1);
    CHECK(found.first().message.id.contains(QStringLiteral("2026, 2028")));
    CHECK(found.first().field == QStringLiteral("target"));
    CHECK(run(targetMissing,
              indicator(QStringLiteral("Persentase desa mandiri"),
                        QStringLiteral("%"),
                        {QStringLiteral("10"), QStringLiteral("12")}))
              .isEmpty());
}

TEST_CASE("target-missing stays silent for a sheet without any target column",
          "[rules][target-missing]")
{
    const Indicator bare
        = indicator(QStringLiteral("Persentase desa mandiri"), QStringLiteral("%"), {});
    IndicatorSubject subject(bare, Tier::Strategis, {0});
    subject.setFieldsPresent(true, false, true, true, true);
    CHECK(run(targetMissing, subject).isEmpty());
    subject.setFieldsPresent(true, true, true, true, true);
    CHECK(run(targetMissing, subject).size() == 1);
}

TEST_CASE("target-not-a-value flags words where a value belongs", "[rules][target-not-a-value]")
{
    for (const char *word :
         {"Meningkat", "Baik", "Tercapai", "Sesuai rencana", "Optimal", "Terlaksana"}) {
        INFO(word);
        const QList<Finding> found = run(notAValue,
                                         indicator(QStringLiteral("Indeks kepuasan masyarakat"),
                                                   QStringLiteral("indeks"),
                                                   {QString::fromUtf8(word)}));
        REQUIRE(found.size() == 1);
        CHECK(found.first().message.id.contains(QLatin1String(word)));
    }
}

TEST_CASE("target-not-a-value accepts numbers, bounds, ranges and grades on a known scale",
          "[rules][target-not-a-value]")
{
    for (const char *cell : {"85",
                             "85%",
                             "12 Jam",
                             "2.500 unit",
                             "45,2 % (Perdesaan)",
                             "< 30",
                             "≤ 10 menit",
                             ">= 90",
                             "12,5-11,8",
                             "70 - 85",
                             "WTP",
                             "BB",
                             "A",
                             "Sangat Baik",
                             "Zona Hijau"}) {
        INFO(cell);
        CHECK(run(notAValue,
                  indicator(QStringLiteral("Nilai SAKIP"),
                            QStringLiteral("predikat"),
                            {QString::fromUtf8(cell)}))
                  .isEmpty());
    }
}

TEST_CASE("percent-over-100 flags a percentage target above 100", "[rules][percent-over-100]")
{
    CHECK(run(percentOver,
              indicator(QStringLiteral("Cakupan imunisasi dasar lengkap"),
                        QStringLiteral("%"),
                        {QStringLiteral("98"), QStringLiteral("102")}))
              .size()
          == 1);
    CHECK(run(percentOver,
              indicator(
                  QStringLiteral("Cakupan imunisasi dasar lengkap"), {}, {QStringLiteral("120%")}))
              .size()
          == 1);
    CHECK(run(percentOver,
              indicator(QStringLiteral("Cakupan imunisasi dasar lengkap"),
                        QStringLiteral("persen"),
                        {QStringLiteral("90 - 105")}))
              .size()
          == 1);
}

TEST_CASE("percent-over-100 accepts 100 per cent and counts above 100", "[rules][percent-over-100]")
{
    CHECK(run(percentOver,
              indicator(QStringLiteral("Cakupan imunisasi dasar lengkap"),
                        QStringLiteral("%"),
                        {QStringLiteral("100")}))
              .isEmpty());
    CHECK(run(percentOver,
              indicator(QStringLiteral("Jumlah kunjungan wisatawan"),
                        QStringLiteral("orang"),
                        {QStringLiteral("1.350.000")}))
              .isEmpty());
}

TEST_CASE("The IKU rules flag an empty formula or data source of an IKU",
          "[rules][iku-rumus-missing][iku-sumber-data-missing]")
{
    Indicator iku = indicator(QStringLiteral("Persentase ternak yang diperiksa layak potong"),
                              QStringLiteral("%"),
                              {QStringLiteral("90")});
    iku.iku = true;
    iku.rumus = QStringLiteral("A / B × 100 %");
    CHECK(run(rumusMissing, iku).isEmpty());
    const QList<Finding> noSource = run(sumberMissing, iku);
    REQUIRE(noSource.size() == 1);
    CHECK(noSource.first().field == QStringLiteral("sumberData"));
    CHECK(noSource.first().severity == Severity::Error);
    iku.rumus = QStringLiteral("   ");
    CHECK(run(rumusMissing, iku).size() == 1);
}

TEST_CASE("The IKU rules ignore indicators that are not IKU and sheets without the column",
          "[rules][iku-rumus-missing][iku-sumber-data-missing]")
{
    const Indicator plain = indicator(
        QStringLiteral("Persentase ternak sehat"), QStringLiteral("%"), {QStringLiteral("90")});
    CHECK(run(rumusMissing, plain).isEmpty());
    CHECK(run(sumberMissing, plain).isEmpty());
    IndicatorSubject sheetRow(plain, Tier::Strategis, {2025});
    sheetRow.setIku(true);
    sheetRow.setFieldsPresent(true, true, false, false, true);
    CHECK(run(rumusMissing, sheetRow).isEmpty());
    CHECK(run(sumberMissing, sheetRow).isEmpty());
    sheetRow.setFieldsPresent(true, true, true, true, true);
    CHECK(run(rumusMissing, sheetRow).size() == 1);
    CHECK(run(sumberMissing, sheetRow).size() == 1);
}

TEST_CASE("target-wrong-direction flags a falling target of a maximise indicator",
          "[rules][target-wrong-direction]")
{
    Indicator falling = indicator(QStringLiteral("Jumlah ternak yang diperiksa kesehatannya"),
                                  QStringLiteral("ekor"),
                                  {QStringLiteral("12.000"),
                                   QStringLiteral("12.500"),
                                   QStringLiteral("13.000"),
                                   QStringLiteral("12.400"),
                                   QStringLiteral("13.500")});
    falling.polaritas = Indicator::Polaritas::Maximize;
    const QList<Finding> found = run(wrongDirection, falling);
    REQUIRE(found.size() == 1);
    CHECK(found.first().message.id.contains(QStringLiteral("13.000 (2027)")));
    CHECK(found.first().message.id.contains(QStringLiteral("12.400 (2028)")));
    CHECK_FALSE(found.first().message.id.contains(QStringLiteral("Polaritas tidak diisi")));
}

TEST_CASE("target-wrong-direction flags a series flat over the whole period",
          "[rules][target-wrong-direction]")
{
    Indicator flat = indicator(QStringLiteral("Persentase terlaksananya perencanaan PD"),
                               QStringLiteral("%"),
                               {QStringLiteral("90"), QStringLiteral("90"), QStringLiteral("90")});
    const QList<Finding> found = run(wrongDirection, flat);
    REQUIRE(found.size() == 1);
    CHECK(found.first().message.id.contains(QStringLiteral("tetap")));
    // No polaritas was given: the finding says the direction was assumed.
    CHECK(found.first().message.id.contains(QStringLiteral("Polaritas tidak diisi")));
}

TEST_CASE("target-wrong-direction accepts plateaus, natural limits, stabilise and rising series",
          "[rules][target-wrong-direction]")
{
    const auto clean = [](const QString &text,
                          const QString &satuan,
                          const QStringList &targets,
                          Indicator::Polaritas polaritas = Indicator::Polaritas::NotGiven) {
        Indicator subject = indicator(text, satuan, targets);
        subject.polaritas = polaritas;
        INFO(text.toStdString());
        CHECK(run(wrongDirection, subject).isEmpty());
    };
    clean(QStringLiteral("Indeks Pembangunan Manusia"),
          QStringLiteral("indeks"),
          {QStringLiteral("72,1"),
           QStringLiteral("72,1"),
           QStringLiteral("72,8"),
           QStringLiteral("73,2")});
    clean(QStringLiteral("Persentase ODGJ berat yang mendapat layanan"),
          QStringLiteral("%"),
          {QStringLiteral("100"), QStringLiteral("100"), QStringLiteral("100")});
    clean(QStringLiteral("Opini BPK atas laporan keuangan"),
          QStringLiteral("predikat"),
          {QStringLiteral("WTP"), QStringLiteral("WTP"), QStringLiteral("WTP")});
    clean(QStringLiteral("Nilai SAKIP"),
          QStringLiteral("predikat"),
          {QStringLiteral("BB"), QStringLiteral("BB"), QStringLiteral("A"), QStringLiteral("A")});
    clean(QStringLiteral("Inflasi daerah"),
          QStringLiteral("%"),
          {QStringLiteral("3"), QStringLiteral("3"), QStringLiteral("3")},
          Indicator::Polaritas::Stabilize);
    clean(QStringLiteral("Jumlah kasus DBD"),
          QStringLiteral("kasus"),
          {QStringLiteral("40"), QStringLiteral("35"), QStringLiteral("30")},
          Indicator::Polaritas::Minimize);
    clean(QStringLiteral("Jumlah kasus kematian ibu"),
          QStringLiteral("kasus"),
          {QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0")},
          Indicator::Polaritas::Minimize);
    clean(QStringLiteral("Persentase PAD terhadap pendapatan"),
          QStringLiteral("%"),
          {QStringLiteral("12,5"), QStringLiteral("70 - 85")});
}

TEST_CASE("target-wrong-direction reads the direction of a minimise indicator from its words",
          "[rules][target-wrong-direction]")
{
    const Indicator rising
        = indicator(QStringLiteral("Angka kematian ibu"),
                    QStringLiteral("per 100.000 KH"),
                    {QStringLiteral("95"), QStringLiteral("90"), QStringLiteral("92")});
    const QList<Finding> found = run(wrongDirection, rising);
    REQUIRE(found.size() == 1);
    CHECK(found.first().message.id.contains(QStringLiteral("naik")));
    CHECK(found.first().message.id.contains(QStringLiteral("Polaritas tidak diisi")));
    // A given polaritas wins over the words.
    Indicator given = rising;
    given.polaritas = Indicator::Polaritas::Maximize;
    CHECK(run(wrongDirection, given).size() == 1);
    CHECK_FALSE(run(wrongDirection, given)
                    .first()
                    .message.id.contains(QStringLiteral("Polaritas tidak diisi")));
}
