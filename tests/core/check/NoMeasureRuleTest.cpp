#include "core/check/WordingRuleTestSupport.h"
#include "support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace Tepat;
using namespace Tepat::WordingRuleTest;

namespace {

QList<Finding> checked(const char *text)
{
    return findings(QStringLiteral("no-measure"), text);
}

} // namespace

TEST_CASE("no-measure flags bare objects, conditions and processes", "[rules][no-measure]")
{
    for (const char *text : {"Ketersediaan obat di Puskesmas",
                             "Kota Sehat",
                             "Tenaga kesehatan yang terlatih",
                             "Penertiban pedagang kaki lima",
                             "Pengawasan peredaran obat",
                             "Pendampingan UMKM",
                             "Pelayanan kesehatan yang berkualitas",
                             "Pembangunan jalan",
                             "Pemeliharaan jaringan irigasi",
                             "Fasilitasi UMKM",
                             "Rehabilitasi jaringan irigasi",
                             "Pemberdayaan masyarakat desa",
                             "Kesejahteraan masyarakat",
                             "Kelancaran lalu lintas",
                             "Ketahanan pangan daerah",
                             "Tertib administrasi kependudukan",
                             "Desa yang menerapkan STBM",
                             "Penyampaian laporan tepat waktu",
                             "Posyandu tingkat desa",
                             "Sosialisasi perizinan berusaha",
                             "Persentase"}) {
        INFO(text);
        const QList<Finding> found = checked(text);
        REQUIRE(found.size() == 1);
        CHECK(found.first().field == QStringLiteral("text"));
        CHECK(found.first().severity == Severity::Error);
    }
}

TEST_CASE("no-measure names the process or condition and proposes a measure of the result",
          "[rules][no-measure]")
{
    auto [text, named, proposal] = GENERATE(table<const char *, const char *, const char *>({
        {"Penertiban pedagang kaki lima",
         "(penertiban)",
         "Persentase pedagang kaki lima yang tertib"},
        {"Pengawasan peredaran obat",
         "(pengawasan)",
         "Persentase peredaran obat yang memenuhi ketentuan"},
        {"Pendampingan UMKM", "(pendampingan)", "Persentase UMKM dampingan yang naik kelas"},
        {"Pelayanan kesehatan yang berkualitas",
         "(pelayanan)",
         "Indeks Kepuasan Masyarakat terhadap pelayanan kesehatan"},
        {"Ketersediaan obat di Puskesmas",
         "(ketersediaan)",
         "Persentase ketersediaan obat di Puskesmas"},
        {"Kota Sehat", "Kota Sehat", "Predikat Kabupaten/Kota Sehat (Swasti Saba)"},
        {"Tenaga kesehatan yang terlatih",
         "Tenaga kesehatan yang terlatih",
         "Persentase tenaga kesehatan yang terlatih"},
        {"Penanganan fakir miskin", "(penanganan)", "Persentase fakir miskin yang tertangani"},
    }));
    INFO(text);
    const QList<Finding> found = checked(text);
    REQUIRE(found.size() == 1);
    CHECK(found.first().message.id.contains(QString::fromUtf8(named)));
    CHECK(found.first().suggestion.id.contains(
        QStringLiteral("\"%1\"").arg(QString::fromUtf8(proposal))));
    CHECK(found.first().suggestion.en.contains(
        QStringLiteral("\"%1\"").arg(QString::fromUtf8(proposal))));
}

TEST_CASE("no-measure accepts measure words with an object and measures known by name or acronym",
          "[rules][no-measure]")
{
    for (const char *text : {"Persentase balita stunting",
                             "Jumlah kunjungan wisatawan",
                             "Rasio elektrifikasi",
                             "Indeks Kepuasan Masyarakat",
                             "Angka Partisipasi Murni",
                             "Tingkat Pengangguran Terbuka",
                             "Rata-rata Lama Sekolah",
                             "Nilai SAKIP",
                             "Cakupan imunisasi dasar lengkap",
                             "Prevalensi stunting",
                             "Proporsi belanja modal",
                             "Waktu penerbitan PBG",
                             "Predikat Kabupaten Layak Anak",
                             "Opini BPK",
                             "IPM",
                             "UHH",
                             "BOR",
                             "AKI",
                             "AKB",
                             "PDRB per kapita",
                             "Gini Ratio",
                             "Usia Harapan Hidup",
                             "Harapan Lama Sekolah",
                             "Nilai Tukar Petani",
                             "Pendapatan Asli Daerah",
                             "Inflasi",
                             "Bed Occupancy Rate",
                             "Level kapabilitas APIP",
                             "Skor Pola Pangan Harapan",
                             "Produktivitas padi",
                             "Realisasi investasi PMA dan PMDN",
                             "Pertumbuhan ekonomi",
                             "Luas kawasan kumuh",
                             "Panjang jalan kabupaten dalam kondisi baik"}) {
        INFO(text);
        CHECK(checked(text).isEmpty());
    }
}

TEST_CASE("no-measure reads misspelt and shouted measure words", "[rules][no-measure]")
{
    for (const char *text : {"Presentase balita stunting",
                             "Prosentase capaian SPM",
                             "Persentse desa mandiri",
                             "Jumlag wisatawan",
                             "PERSENTASE PENDUDUK MISKIN",
                             "persentase penduduk miskin",
                             "Jml wisatawan mancanegara",
                             "Indek Kepuasan Masyarakat"}) {
        INFO(text);
        CHECK(checked(text).isEmpty());
    }
}

TEST_CASE("no-measure leaves abstract wording to abstract-wording", "[rules][no-measure]")
{
    for (const char *text : {"Meningkatnya kualitas pelayanan kesehatan",
                             "Kualitas air sungai",
                             "Peningkatan kualitas pelayanan publik"})
        CHECK(checked(text).isEmpty());
}
