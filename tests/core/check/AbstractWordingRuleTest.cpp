#include "core/check/WordingRuleTestSupport.h"
#include "support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace Tepat;
using namespace Tepat::WordingRuleTest;

namespace {

QList<Finding> checked(const char *text)
{
    return findings(QStringLiteral("abstract-wording"), text);
}

} // namespace

TEST_CASE(
    "abstract-wording flags hopes, wished changes and bare qualities, whatever their affixes, "
    "casing or typos",
    "[rules][abstract-wording]")
{
    auto [text, head] = GENERATE(table<const char *, const char *>({
        {"Meningkatnya kualitas pelayanan kesehatan", "Meningkatnya"},
        {"Meningkatnya Indeks Pembangunan Manusia", "Meningkatnya"},
        {"Terwujudnya tata kelola pemerintahan yang baik", "Terwujudnya"},
        {"Optimalnya pengelolaan keuangan daerah", "Optimalnya"},
        {"Terlaksananya audit kinerja OPD", "Terlaksananya"},
        {"Tersedianya sarana dan prasarana wisata", "Tersedianya"},
        {"Tercapainya Standar Pelayanan Minimal bidang kesehatan", "Tercapainya"},
        {"Terpenuhinya kebutuhan dasar PPKS", "Terpenuhinya"},
        {"Terciptanya ketenteraman dan ketertiban umum", "Terciptanya"},
        {"Menurunnya angka stunting", "Menurunnya"},
        {"Berkurangnya angka kemiskinan", "Berkurangnya"},
        {"Berkembangnya desa wisata", "Berkembangnya"},
        {"Terintegrasinya layanan SPBE", "Terintegrasinya"},
        {"Tertanganinya gangguan ketenteraman dan ketertiban", "Tertanganinya"},
        {"Peningkatan kualitas pelayanan publik", "Peningkatan"},
        {"Penguatan kelembagaan koperasi", "Penguatan"},
        {"Pengembangan destinasi wisata", "Pengembangan"},
        {"Percepatan pelayanan perizinan", "Percepatan"},
        {"Pemerataan akses pendidikan", "Pemerataan"},
        {"Optimalisasi pelayanan administrasi perkantoran", "Optimalisasi"},
        {"Kualitas air sungai", "Kualitas"},
        {"Efektivitas pengendalian intern", "Efektivitas"},
        {"Akuntabilitas pengelolaan keuangan", "Akuntabilitas"},
        {"MENINGKATNYA INDEKS PEMBANGUNAN MANUSIA", "MENINGKATNYA"},
        {"meningkatnya presentase rumah layak huni", "meningkatnya"},
        {"Meningkatkanya akses air minum layak", "Meningkatkanya"},
        {"Terwujudnya kwalitas pelayanan publik yang prima", "Terwujudnya"},
        {"Semakin meningkatnya daya saing UMKM", "meningkatnya"},
        {"Terakomodirnya aspirasi masyarakat", "Terakomodirnya"},
    }));
    INFO(text);
    const QList<Finding> found = checked(text);
    REQUIRE(found.size() == 1);
    CHECK(found.first().field == QStringLiteral("text"));
    CHECK(found.first().severity == Severity::Error);
    CHECK(found.first().message.id.contains(QStringLiteral("\"%1\"").arg(QString::fromUtf8(head))));
    CHECK(found.first().message.en.contains(QStringLiteral("\"%1\"").arg(QString::fromUtf8(head))));
}

TEST_CASE("abstract-wording proposes the measure an abstract indicator already names",
          "[rules][abstract-wording]")
{
    auto [text, proposal] = GENERATE(table<const char *, const char *>({
        {"Meningkatnya Indeks Pembangunan Manusia (IPM)", "Indeks Pembangunan Manusia (IPM)"},
        {"MENINGKATNYA INDEKS PEMBANGUNAN MANUSIA", "INDEKS PEMBANGUNAN MANUSIA"},
        {"meningkatnya presentase rumah layak huni", "Persentase rumah layak huni"},
        {"Menurunnya angka stunting", "Angka stunting"},
        {"Meningkatnya pendapatan asli daerah", "Pendapatan asli daerah"},
        {"Meningkatnya cakupan kepemilikan dokumen kependudukan",
         "Cakupan kepemilikan dokumen kependudukan"},
        {"Meningkatnya kapabilitas APIP", "Kapabilitas APIP"},
    }));
    INFO(text);
    const QList<Finding> found = checked(text);
    REQUIRE(found.size() == 1);
    CHECK(found.first().suggestion.id.contains(
        QStringLiteral("\"%1\"").arg(QString::fromUtf8(proposal))));
    CHECK(found.first().suggestion.en.contains(
        QStringLiteral("\"%1\"").arg(QString::fromUtf8(proposal))));
}

TEST_CASE("abstract-wording proposes a concrete measure built from the indicator's own object",
          "[rules][abstract-wording]")
{
    auto [text, proposal] = GENERATE(table<const char *, const char *>({
        {"Meningkatnya kualitas pelayanan kesehatan",
         "Indeks Kepuasan Masyarakat terhadap pelayanan kesehatan"},
        {"MENINGKATNYA KUALITAS PELAYANAN PUBLIK",
         "Indeks Kepuasan Masyarakat terhadap pelayanan publik"},
        {"Tersedianya obat di Puskesmas", "Persentase ketersediaan obat esensial di Puskesmas"},
        {"Kualitas air sungai", "Indeks Kualitas Air"},
        {"Efektivitas pengendalian intern", "Tingkat Maturitas SPIP"},
        {"Optimalnya pengelolaan keuangan daerah",
         "Opini BPK atas Laporan Keuangan Pemerintah Daerah"},
        {"Terwujudnya tata kelola pemerintahan yang baik", "Indeks Reformasi Birokrasi"},
        {"Meningkatnya kunjungan wisatawan", "Jumlah kunjungan wisatawan"},
        {"Meningkatnya kesejahteraan sosial masyarakat", "Persentase penduduk miskin"},
        {"Penguatan kelembagaan koperasi", "Persentase koperasi aktif"},
        {"Terwujudnya infrastruktur jalan yang mantap",
         "Persentase panjang jalan dalam kondisi mantap"},
    }));
    INFO(text);
    const QList<Finding> found = checked(text);
    REQUIRE(found.size() == 1);
    CHECK(found.first().suggestion.id.contains(
        QStringLiteral("\"%1\"").arg(QString::fromUtf8(proposal))));
}

TEST_CASE("abstract-wording leaves measures alone, also when a change word follows the measure",
          "[rules][abstract-wording]")
{
    for (const char *text : {"Indeks Kepuasan Masyarakat",
                             "Indeks Pembangunan Manusia",
                             "Persentase penurunan temuan keuangan material",
                             "Persentase peningkatan Pendapatan Asli Daerah",
                             "Tingkat kemantapan jalan kabupaten",
                             "Nilai Akuntabilitas Kinerja Instansi Pemerintah",
                             "Indeks Kualitas Lingkungan Hidup (IKLH)",
                             "Rasio efektivitas pajak daerah",
                             "Pertumbuhan ekonomi",
                             "Laju pertumbuhan ekonomi",
                             "Persentase capaian kinerja OPD",
                             "Persentase sasaran RPJMD yang tercapai targetnya",
                             "Persentase jalan yang meningkat kondisinya",
                             "Angka Kematian Ibu yang menurun",
                             "Usia Harapan Hidup",
                             "Opini BPK atas LKPD",
                             "PERSENTASE PENDUDUK YANG MEMILIKI JAMINAN KESEHATAN",
                             "Presentase desa ODF",
                             "Jumlag kunjungan wisatawan",
                             "Produktivitas padi",
                             "Tingkat maturitas SPIP"}) {
        INFO(text);
        CHECK(checked(text).isEmpty());
    }
}

TEST_CASE("abstract-wording leaves bare objects and processes to no-measure",
          "[rules][abstract-wording]")
{
    for (const char *text : {"Ketersediaan obat di Puskesmas",
                             "Kota Sehat",
                             "Tenaga kesehatan yang terlatih",
                             "Penertiban pedagang kaki lima",
                             "Desa yang menerapkan STBM",
                             "Pelayanan kesehatan yang berkualitas",
                             ""}) {
        INFO(text);
        CHECK(checked(text).isEmpty());
    }
}
