// The classes of false flag that real RPJMD, Renstra and IKU tables raised (issue #11): each case
// here failed before the rule was changed.
#include "check/Checker.h"
#include "check/IndicatorSheet.h"
#include "core/check/RuleTestSupport.h"
#include "support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace Tepat;
using namespace Tepat::RuleTest;

namespace {

const QLatin1String satuanMissing("satuan-missing");
const QLatin1String wrongDirection("target-wrong-direction");

IndicatorSheet::Row sheetRow(int number, const QString &text, const QStringList &targets)
{
    IndicatorSheet::Row row;
    row.number = number;
    row.indicator = indicator(text, {}, targets);
    row.indicator.id = 0;
    row.indicator.iku = true;
    return row;
}

// An RPJMD matrix as many are kept: indikator and yearly targets, no satuan, rumus, sumber data
// or polaritas column.
IndicatorSheet matrixWithoutSatuan()
{
    IndicatorSheet sheet;
    sheet.fileName = QStringLiteral("rpjmd.csv");
    sheet.hasTarget = true;
    sheet.years = {2025, 2026};
    sheet.rows = {
        sheetRow(2,
                 QStringLiteral("Persentase penduduk miskin"),
                 {QStringLiteral("9,5"), QStringLiteral("9,1")}),
        sheetRow(3,
                 QStringLiteral("Indeks Pembangunan Manusia"),
                 {QStringLiteral("72,1"), QStringLiteral("72,6")}),
        sheetRow(
            4, QStringLiteral("Angka Kematian Ibu"), {QStringLiteral("98"), QStringLiteral("94")}),
        sheetRow(5,
                 QStringLiteral("Jumlah kunjungan wisatawan"),
                 {QStringLiteral("1.200.000"), QStringLiteral("1.300.000")}),
        sheetRow(6,
                 QStringLiteral("Opini BPK atas LKPD"),
                 {QStringLiteral("WTP"), QStringLiteral("WTP")}),
    };
    return sheet;
}

QList<Finding> ofRule(const QList<Finding> &findings, QLatin1String ruleId)
{
    QList<Finding> result;
    for (const Finding &finding : findings) {
        if (finding.ruleId == ruleId)
            result.append(finding);
    }
    return result;
}

} // namespace

TEST_CASE("A sheet without a satuan column gets one info finding naming the implied units, not an "
          "error per row",
          "[rules][satuan-missing][false-flags]")
{
    const QList<Finding> found = ofRule(Checker::checkSheet(matrixWithoutSatuan()), satuanMissing);
    REQUIRE(found.size() == 1);
    const Finding &finding = found.first();
    CHECK(finding.severity == Severity::Info);
    CHECK(finding.field == QStringLiteral("satuan"));
    CHECK(finding.row == 1); // the header row: the finding is about the sheet
    for (const char *unit : {"%", "indeks", "per 100.000 KH", "kunjungan", "predikat"}) {
        INFO(unit);
        CHECK(finding.message.id.contains(QString::fromUtf8(unit)));
        CHECK(finding.message.en.contains(QString::fromUtf8(unit)));
    }
}

TEST_CASE("A unit written in the target cells is still the satuan of a sheet without the column",
          "[rules][satuan-missing][false-flags]")
{
    IndicatorSheet sheet = matrixWithoutSatuan();
    sheet.rows = {sheetRow(2,
                           QStringLiteral("Cakupan pengamanan informasi"),
                           {QStringLiteral("85 %"), QStringLiteral("90 %")})};
    sheet.rows.first().indicator.satuan = QStringLiteral("%");
    CHECK(ofRule(Checker::checkSheet(sheet), satuanMissing).isEmpty());
}

TEST_CASE("In a workspace an empty satuan stays an error whose suggestion is the implied unit",
          "[rules][satuan-missing][false-flags]")
{
    const auto suggested = [](const char *text) {
        const QList<Finding> found = run(
            satuanMissing,
            indicator(QString::fromUtf8(text), {}, {QStringLiteral("20"), QStringLiteral("18")}));
        REQUIRE(found.size() == 1);
        CHECK(found.first().severity == Severity::Error);
        return found.first().suggestion;
    };
    CHECK(suggested("Persentase balita stunting").en.contains(QStringLiteral("\"%\"")));
    CHECK(suggested("Angka Kematian Ibu").id.contains(QStringLiteral("\"per 100.000 KH\"")));
    CHECK(suggested("Indeks Kepuasan Masyarakat").en.contains(QStringLiteral("\"indeks\"")));
    CHECK(suggested("Jumlah desa mandiri").id.contains(QStringLiteral("\"desa\"")));
}

TEST_CASE("target-wrong-direction leaves the routine outputs of kegiatan and sub kegiatan alone",
          "[rules][target-wrong-direction][false-flags]")
{
    const Indicator reports = indicator(
        QStringLiteral("Jumlah laporan keuangan yang disusun"),
        QStringLiteral("dokumen"),
        {QStringLiteral("12"), QStringLiteral("12"), QStringLiteral("12"), QStringLiteral("12")});
    const Indicator staff
        = indicator(QStringLiteral("Jumlah ASN yang dibayarkan gajinya"),
                    QStringLiteral("orang"),
                    {QStringLiteral("412"), QStringLiteral("405"), QStringLiteral("398")});
    const Indicator vehicles
        = indicator(QStringLiteral("Jumlah kendaraan dinas yang dipelihara"),
                    QStringLiteral("unit"),
                    {QStringLiteral("24"), QStringLiteral("22"), QStringLiteral("22")});
    for (const Indicator &output : {reports, staff, vehicles}) {
        INFO(output.text.toStdString());
        CHECK(run(wrongDirection, output, Tier::Kegiatan).isEmpty());
        // Results still are: a program outcome or a sasaran strategis is trend-checked.
        CHECK(run(wrongDirection, output, Tier::Program).size() == 1);
    }
}

TEST_CASE("A word inside the object of a count or a percentage does not make it minimise",
          "[rules][target-wrong-direction][false-flags]")
{
    for (const char *text : {"Persentase penduduk miskin yang memiliki jaminan kesehatan",
                             "Persentase sekolah yang memiliki jalur evakuasi kebakaran",
                             "Jumlah desa yang memiliki peta rawan bencana"}) {
        INFO(text);
        const QList<Finding> found
            = run(wrongDirection,
                  indicator(QString::fromUtf8(text),
                            QStringLiteral("%"),
                            {QStringLiteral("60"), QStringLiteral("70"), QStringLiteral("80")}));
        for (const Finding &finding : found)
            CHECK(finding.severity == Severity::Info);
    }
    // A recognised minimise measure at the head is still read as one.
    const QList<Finding> rising = run(wrongDirection,
                                      indicator(QStringLiteral("Persentase penduduk miskin"),
                                                QStringLiteral("%"),
                                                {QStringLiteral("9,5"), QStringLiteral("9,8")}));
    REQUIRE(rising.size() == 1);
    CHECK(rising.first().severity == Severity::Warning);
}

TEST_CASE("Without a polaritas and wording that decides it, the trend is not checked and one info "
          "finding says how to give the polaritas",
          "[rules][target-wrong-direction][false-flags]")
{
    const QList<Finding> found
        = run(wrongDirection,
              indicator(QStringLiteral("Luas kawasan permukiman kumuh"),
                        QStringLiteral("Ha"),
                        {QStringLiteral("120"), QStringLiteral("100"), QStringLiteral("80")}));
    REQUIRE(found.size() == 1);
    CHECK(found.first().severity == Severity::Info);
    CHECK(found.first().field == QStringLiteral("polaritas"));
    CHECK(found.first().suggestion.id.contains(QStringLiteral("polaritas")));
}

TEST_CASE("A sheet without rumus, sumber data or polaritas columns says so once each",
          "[rules][false-flags]")
{
    const QList<Finding> found = Checker::checkSheet(matrixWithoutSatuan());
    for (const auto &[rule, field] :
         {std::pair {QLatin1String("iku-rumus-missing"), QLatin1String("rumus")},
          std::pair {QLatin1String("iku-sumber-data-missing"), QLatin1String("sumberData")},
          std::pair {wrongDirection, QLatin1String("polaritas")}}) {
        INFO(rule.data());
        QList<Finding> sheetLevel;
        for (const Finding &finding : ofRule(found, rule)) {
            if (finding.field == field)
                sheetLevel.append(finding);
        }
        REQUIRE(sheetLevel.size() == 1);
        CHECK(sheetLevel.first().severity == Severity::Info);
        CHECK(sheetLevel.first().row == 1);
    }
}
