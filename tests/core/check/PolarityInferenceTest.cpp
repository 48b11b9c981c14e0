#include "check/PolarityInference.h"

#include "check/IndicatorSubject.h"
#include "support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

using Polaritas = Indicator::Polaritas;

PolarityInference::Result inferred(const char *text, Polaritas given = Polaritas::NotGiven)
{
    Indicator indicator;
    indicator.text = QString::fromUtf8(text);
    indicator.polaritas = given;
    const IndicatorSubject subject(indicator, Tier::Strategis, {2025});
    return PolarityInference::infer(subject);
}

} // namespace

TEST_CASE("A given polaritas always wins and is not marked as inferred", "[PolarityInference]")
{
    for (const Polaritas given : {Polaritas::Maximize, Polaritas::Minimize, Polaritas::Stabilize}) {
        const PolarityInference::Result result = inferred("Angka Kematian Ibu", given);
        CHECK(result.polaritas == given);
        CHECK_FALSE(result.inferred);
        CHECK(result.cue.isEmpty());
    }
}

TEST_CASE("A minimise measure at the head infers minimise and names the cue", "[PolarityInference]")
{
    auto [text, cue] = GENERATE(table<const char *, const char *>({
        {"Angka Kematian Ibu", "angka kematian"},
        {"Angka Kematian Bayi (AKB)", "angka kematian"},
        {"AKB", "akb"},
        {"Prevalensi stunting pada balita", "prevalensi"},
        {"Persentase penduduk miskin", "persentase penduduk miskin"},
        {"Tingkat Pengangguran Terbuka", "tingkat pengangguran"},
        {"Rata-rata waktu penyelesaian perizinan berusaha", "rata-rata waktu"},
        {"Waktu tunggu pelayanan rawat jalan", "waktu tunggu"},
        {"Waktu penerbitan PBG", "waktu penerbitan"},
        {"Jumlah kecelakaan lalu lintas", "jumlah kecelakaan"},
        {"Jumlah kasus DBD", "jumlah kasus"},
        {"Gini Ratio", "gini"},
        {"Angka putus sekolah SMP", "angka putus sekolah"},
        {"Menurunnya angka kematian ibu", "angka kematian"},
        {"Angka kematiann bayi", "angka kematian"},
    }));
    INFO(text);
    const PolarityInference::Result result = inferred(text);
    CHECK(result.polaritas == Polaritas::Minimize);
    CHECK(result.inferred);
    CHECK(result.cue == QString::fromUtf8(cue));
}

TEST_CASE("A bad or uncertain condition away from the head leaves the polarity unknown",
          "[PolarityInference]")
{
    auto [text, cue] = GENERATE(table<const char *, const char *>({
        {"Luas kawasan permukiman kumuh", "kumuh"},
        {"Persentase rumah tidak layak huni", "tidak layak huni"},
        {"Jumlah temuan hasil pemeriksaan BPK", "temuan"},
        {"Indeks risiko bencana", "risiko"},
        {"Persentase penduduk miskin yang memiliki jaminan kesehatan", "miskin"},
        {"Intensitas energi primer", "intensitas energi"},
        {"Laju pertumbuhan penduduk", "laju pertumbuhan penduduk"},
    }));
    INFO(text);
    const PolarityInference::Result result = inferred(text);
    CHECK(result.polaritas == Polaritas::NotGiven);
    CHECK_FALSE(result.isKnown());
    CHECK(result.inferred);
    CHECK(result.cue == QString::fromUtf8(cue));
}

TEST_CASE("Less of a bad thing, or a process applied to it, infers maximise", "[PolarityInference]")
{
    for (const char *text :
         {"Persentase penurunan angka kematian ibu",
          "Persentase penurunan temuan keuangan material",
          "Persentase kasus kekerasan terhadap perempuan dan anak yang tertangani",
          "Persentase rekomendasi temuan yang ditindaklanjuti",
          "Persentase balita gizi buruk yang mendapat perawatan",
          "Penanganan fakir miskin",
          "Cakupan kepemilikan akta kematian",
          "Cakupan penemuan kasus TBC",
          "Penghijauan lahan kritis",
          "Tertanganinya gangguan ketenteraman dan ketertiban",
          "Persentase piutang pajak daerah yang tertagih"}) {
        INFO(text);
        const PolarityInference::Result result = inferred(text);
        CHECK(result.polaritas == Polaritas::Maximize);
        CHECK(result.inferred);
        CHECK_FALSE(result.cue.isEmpty());
    }
}

TEST_CASE("Ordinary wording infers maximise without a cue", "[PolarityInference]")
{
    for (const char *text : {"Indeks Kepuasan Masyarakat",
                             "Jumlah kunjungan wisatawan nusantara",
                             "Rata-rata Lama Sekolah",
                             "Rata-rata lama tinggal wisatawan",
                             "Persentase izin yang terbit tepat waktu",
                             "Usia Harapan Hidup",
                             "Pengendalian penyakit tidak menular"}) {
        INFO(text);
        const PolarityInference::Result result = inferred(text);
        CHECK(result.polaritas == Polaritas::Maximize);
        CHECK(result.inferred);
        CHECK(result.cue.isEmpty());
    }
}

TEST_CASE("Inflation and hospital bed occupancy infer stabilise", "[PolarityInference]")
{
    for (const char *text :
         {"Tingkat inflasi", "Bed Occupancy Rate (BOR)", "Average Length of Stay (AvLOS)"}) {
        INFO(text);
        CHECK(inferred(text).polaritas == Polaritas::Stabilize);
    }
}

TEST_CASE("A counted activity is to be raised whatever it is about", "[PolarityInference]")
{
    for (const char *text : {"Jumlah sosialisasi pencegahan stunting",
                             "Jumlah rapat koordinasi pengendalian inflasi daerah"}) {
        INFO(text);
        const PolarityInference::Result result = inferred(text);
        CHECK(result.polaritas == Polaritas::Maximize);
        CHECK(result.inferred);
    }
}
