#include "store/CascadeJson.h"

#include "SyntheticCascade.h"
#include "support/QtStringMakers.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

QByteArray sampleJson()
{
    QFile file(QStringLiteral(TEPAT_SOURCE_DIR "/resources/samples/deli-serdang.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// Replaces the first occurrence of a fragment of the sample, which must exist.
QByteArray sampleWith(const QByteArray &from, const QByteArray &to)
{
    QByteArray json = sampleJson();
    const qsizetype at = json.indexOf(from);
    REQUIRE(at >= 0);
    return json.replace(at, from.size(), to);
}

QString readError(const QByteArray &json)
{
    const Result<Cascade> cascade = CascadeJson::read(json, QStringLiteral("bad.json"));
    REQUIRE_FALSE(cascade);
    CHECK(cascade.error().message.startsWith(QStringLiteral("bad.json")));
    return cascade.error().message;
}

} // namespace

TEST_CASE("Export, import and export again give identical bytes", "[CascadeJson]")
{
    const Cascade original = SyntheticCascade::generate(1500);
    const QByteArray first = CascadeJson::write(original);
    const Result<Cascade> imported = CascadeJson::read(first, QStringLiteral("synthetic.json"));
    REQUIRE(imported);
    CHECK(*imported == original);
    CHECK(CascadeJson::write(*imported) == first);
}

TEST_CASE("The sample source reads and writes back to the same cascade", "[CascadeJson]")
{
    const Result<Cascade> sample
        = CascadeJson::read(sampleJson(), QStringLiteral("deli-serdang.json"));
    REQUIRE(sample);
    CHECK(sample->pemda().name == QStringLiteral("Kabupaten Deli Serdang"));
    const QByteArray written = CascadeJson::write(*sample);
    const Result<Cascade> again = CascadeJson::read(written, QStringLiteral("again.json"));
    REQUIRE(again);
    CHECK(*again == *sample);
    CHECK(CascadeJson::write(*again) == written);
}

TEST_CASE("A JSON syntax error names the line", "[CascadeJson]")
{
    const QString message
        = readError(QByteArray("{\n  \"format\": \"tepat-workspace\",\n  \"version\": 1,,\n}"));
    CHECK(message.contains(QStringLiteral("line 3")));
}

TEST_CASE("A document of another kind is refused", "[CascadeJson]")
{
    CHECK(readError(QByteArray("{\"format\": \"something-else\"}"))
              .contains(QStringLiteral("format")));
    CHECK(readError(QByteArray("[1, 2]")).contains(QStringLiteral("object")));
}

TEST_CASE("A bad value is reported with its JSON path", "[CascadeJson]")
{
    SECTION("an amount that is not a number")
    {
        const QString message = readError(sampleWith("\"anggaran\": \"", "\"anggaran\": \"1.2.3"));
        CHECK(message.contains(QStringLiteral("pks[")));
        CHECK(message.contains(QStringLiteral(".programs[0].anggaran")));
        CHECK(message.contains(QStringLiteral("1.2.3")));
    }
    SECTION("a kind that cannot stand there")
    {
        const QString message
            = readError(sampleWith("\"kind\": \"sasaran\"", "\"kind\": \"kegiatan\""));
        // Keys are sorted, so the OPDs come before the RPJMD in the file.
        CHECK(message.contains(QStringLiteral("opds[0].renstra[0].children[0].kind")));
    }
    SECTION("an unknown polaritas")
    {
        const QString message = readError(sampleWith("\"polaritas\": \"", "\"polaritas\": \"naik"));
        CHECK(message.contains(QStringLiteral(".polaritas")));
        CHECK(message.contains(QStringLiteral("maximize, minimize, stabilize")));
    }
    SECTION("a link to nothing")
    {
        const QString message = readError(sampleWith("\"serves\": ", "\"serves\": 98765"));
        CHECK(message.contains(QStringLiteral("98765")));
    }
}

TEST_CASE("A value of the wrong type is refused with its JSON path, never read as empty",
          "[CascadeJson]")
{
    SECTION("the pemda's name as a number")
    {
        const QString message
            = readError(sampleWith("\"name\": \"Kabupaten Deli Serdang\"", "\"name\": 5"));
        CHECK(message.contains(QStringLiteral("pemda.name: must be text")));
    }
    SECTION("the visi as a list")
    {
        const QString message
            = readError(sampleWith("\"visi\": \"", "\"visi\": [\"\"], \"x\": \""));
        CHECK(message.contains(QStringLiteral("periode.visi: must be text")));
    }
    SECTION("an OPD's short name as true")
    {
        const QString message
            = readError(sampleWith("\"shortName\": \"", "\"shortName\": true, \"x\": \""));
        CHECK(message.contains(QStringLiteral("opds[0].shortName: must be text")));
    }
    SECTION("a year of the period as text")
    {
        const QString message = readError(sampleWith("\"start\": 2025", "\"start\": \"2025\""));
        CHECK(message.contains(QStringLiteral("periode.start: must be a whole number")));
    }
    SECTION("a target as a bare number")
    {
        const QByteArray json = sampleJson();
        const qsizetype targets = json.indexOf("\"targets\": {");
        REQUIRE(targets >= 0);
        const qsizetype open
            = json.indexOf('"', json.indexOf(':', json.indexOf('"', targets + 12) + 1));
        const qsizetype close = json.indexOf('"', open + 1);
        QByteArray broken = json;
        broken.replace(open, close - open + 1, "85");
        const QString message = readError(broken);
        CHECK(message.contains(QStringLiteral(".targets.")));
        CHECK(message.contains(QStringLiteral("must be a target written as text")));
    }
    SECTION("a year beyond every whole number a year can be")
    {
        const QString message = readError(sampleWith("\"start\": 2025", "\"start\": 1e40"));
        CHECK(message.contains(QStringLiteral("periode.start: must be a whole number")));
    }
    SECTION("an id beyond every whole number an id can be")
    {
        const QString message = readError(sampleWith("\"id\": ", "\"id\": 1e90, \"x\": "));
        CHECK(message.contains(QStringLiteral("must be a positive whole number")));
    }
    SECTION("the OPD list as an object")
    {
        const QString message = readError(QByteArray(
            "{\"format\": \"tepat-workspace\", \"version\": 1, \"pemda\": {\"name\": \"X\", "
            "\"kepalaDaerah\": {\"title\": \"bupati\"}}, \"periode\": {\"start\": 2025, "
            "\"end\": 2029}, \"opds\": {}}"));
        CHECK(message.contains(QStringLiteral("opds: must be a list")));
    }
}

TEST_CASE("An indicator with a great many targets is written in one pass", "[CascadeJson]")
{
    // Written in the order of their years, keys of ever more digits ("9", "10", "100") would each
    // land before those already written if JSON kept them sorted as text on every insert.
    Cascade cascade = SyntheticCascade::generate(20);
    const qint64 tujuan = cascade.childItems(0).first();
    const qint64 sasaran = cascade.childItems(tujuan).first();
    Indicator indicator = *cascade.indicator(cascade.indicatorsOf(sasaran).first());
    indicator.targets.clear();
    for (int year = 1; year <= 300'000; ++year)
        indicator.targets.insert(year, TargetValue::parse(QString::number(year % 97)));
    REQUIRE(cascade.updateIndicator(indicator));
    const QByteArray json = CascadeJson::write(cascade);
    CHECK(json.contains("\"300000\": \""));
    CHECK(json.contains("\"1\": \"1\""));
}

TEST_CASE(
    "Realisasi with its analisis, realisasi anggaran and the capaian settings go through JSON "
    "unchanged",
    "[CascadeJson][realisasi]")
{
    const Result<Cascade> sample
        = CascadeJson::read(sampleJson(), QStringLiteral("deli-serdang.json"));
    REQUIRE(sample);
    Cascade cascade = *sample;
    const PkDocument &pk = cascade.pks().first();
    const qint64 indicatorId = cascade.indicatorsOf(cascade.childItems(pk.id).first()).first();
    Realisasi realisasi;
    realisasi.setTriwulan(1,
                          RealisasiTriwulan {TargetValue::parse(u"20"),
                                             TargetValue::parse(u"0"),
                                             QStringLiteral("Hujan deras"),
                                             QStringLiteral("Jadwal ulang"),
                                             QStringLiteral("https://example.go.id/bukti.pdf")});
    realisasi.setTriwulan(3, RealisasiTriwulan {{}, TargetValue::parse(u"2,8"), {}, {}, {}});
    realisasi.setAnalisis({QStringLiteral("Dukungan \"Dana Desa\""),
                           {},
                           QStringLiteral("Jadwal ulang\ndi musim kemarau")});
    REQUIRE(cascade.setRealisasi(indicatorId, realisasi));
    REQUIRE(cascade.setRealisasiAnggaran(
        pk.programs.first().id, {Decimal::fromInt(1'500'000), std::nullopt, Decimal(), {}}));
    MeasureSettings settings;
    settings.reportingYear = 2026;
    settings.closedQuarter = 2;
    settings.negativeFormula = MeasureSettings::NegativeFormula::TargetOverRealisasi;
    settings.kendalaBelow = Decimal::fromInt(66);
    settings.kategori = KategoriScale::builtIn()[2];
    cascade.setMeasureSettings(settings);

    const QByteArray json = CascadeJson::write(cascade);
    CHECK(json.contains("\"tw1\": {"));
    CHECK(json.contains("\"realisasi\": \"2,8\""));
    CHECK(json.contains("\"realisasiAnggaran\": {"));
    CHECK(json.contains("\"faktorPendukung\": \"Dukungan \\\"Dana Desa\\\"\""));
    CHECK(json.contains("\"negativeFormula\": \"target-over-realisasi\""));
    const Result<Cascade> again = CascadeJson::read(json, QStringLiteral("again.json"));
    REQUIRE(again);
    CHECK(*again == cascade);
    CHECK(again->indicator(indicatorId)->realisasi.triwulan(1).realisasi.kind()
          == TargetValue::Kind::Number);
    CHECK(CascadeJson::write(*again) == json);
}

TEST_CASE("A bad realisasi is refused with its JSON path", "[CascadeJson][realisasi]")
{
    SECTION("a triwulan that does not exist")
    {
        const QString message = readError(
            sampleWith("\"targets\": {", "\"realisasi\": {\"tw5\": {}}, \"targets\": {"));
        CHECK(message.contains(QStringLiteral(".realisasi: \"tw5\" is not a triwulan")));
    }
    SECTION("a realisasi written as a number")
    {
        const QString message = readError(sampleWith(
            "\"targets\": {", "\"realisasi\": {\"tw1\": {\"realisasi\": 85}}, \"targets\": {"));
        CHECK(message.contains(QStringLiteral(".realisasi.tw1.realisasi: must be text")));
    }
    SECTION("an analisis that is not an object, or whose text is a number")
    {
        CHECK(readError(sampleWith("\"targets\": {",
                                   "\"realisasi\": {\"analisis\": \"baik\"}, \"targets\": {"))
                  .contains(QStringLiteral(".realisasi.analisis: must be an object")));
        CHECK(readError(sampleWith("\"targets\": {",
                                   "\"realisasi\": {\"analisis\": {\"upayaPeningkatan\": 3}}, "
                                   "\"targets\": {"))
                  .contains(QStringLiteral(".realisasi.analisis.upayaPeningkatan: must be text")));
    }
    SECTION("a realisasi anggaran that is no amount")
    {
        const QString message = readError(sampleWith(
            "\"realisasiAnggaran\": {", "\"realisasiAnggaran\": {\"tw4\": \"banyak\", "));
        CHECK(message.contains(QStringLiteral(".programs[0].realisasiAnggaran.tw4")));
    }
    SECTION("a closed triwulan beyond the fourth")
    {
        const QString message = readError(sampleWith(
            "\"pks\": [",
            "\"pengukuran\": {\"reportingYear\": 2026, \"closedQuarter\": 5}, \"pks\": ["));
        CHECK(message.contains(QStringLiteral("pengukuran.closedQuarter")));
    }
    SECTION("a kategori scale whose bounds rise")
    {
        const QString message = readError(sampleWith(
            "\"pks\": [",
            "\"pengukuran\": {\"reportingYear\": 2026, \"closedQuarter\": 1, \"kategori\": "
            "{\"bands\": [{\"label\": \"A\", \"from\": \"50\"}, {\"label\": \"B\", \"from\": "
            "\"60\"}]}}, \"pks\": ["));
        CHECK(message.contains(QStringLiteral("pengukuran.kategori")));
        CHECK(message.contains(QStringLiteral("\"B\"")));
    }
}
