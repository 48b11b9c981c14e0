#include "core/check/WordingRuleTestSupport.h"
#include "support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace Tepat;
using namespace Tepat::WordingRuleTest;

namespace {

QList<Finding> checked(const char *text, Tier tier)
{
    return findings(QStringLiteral("activity-not-result"), text, tier);
}

// Counts of activities, and the words a finding must quote.
const std::vector<std::pair<const char *, const char *>> activities {
    {"Jumlah rapat koordinasi", "rapat koordinasi"},
    {"Jumlah rakor lintas sektor", "rakor"},
    {"Jumlah sosialisasi pencegahan stunting", "sosialisasi"},
    {"Jumlah pelatihan kewirausahaan", "pelatihan"},
    {"Jumlah peserta bimtek", "bimtek"},
    {"Persentase pelaksanaan kegiatan", "kegiatan"},
    {"Jumlah laporan keuangan yang disusun", "laporan"},
    {"Jumlah dokumen perencanaan yang disusun", "dokumen"},
    {"Jumlah event pariwisata yang diselenggarakan", "event"},
    {"Jumlah kunjungan kerja", "kunjungan kerja"},
    {"Persentase terlaksananya rapat koordinasi lintas program", "terlaksananya rapat koordinasi"},
    {"Persentase terlaksananya perencanaan, penganggaran dan evaluasi kinerja PD", "terlaksananya"},
    {"Terlaksananya sosialisasi", "Terlaksananya sosialisasi"},
    {"Tersusunnya dokumen RKPD tepat waktu", "Tersusunnya dokumen"},
    {"Terselenggaranya Musrenbang Kecamatan", "Terselenggaranya Musrenbang"},
    {"Persentase kegiatan yang terlaksana tepat waktu", "kegiatan"},
    {"Jumlah ASN yang mengikuti diklat", "diklat"},
    {"Persentase petani yang mengikuti pelatihan budidaya", "pelatihan"},
    {"Persentase Puskesmas yang melaksanakan lokakarya mini", "lokakarya mini"},
    {"Jumlah kader kesehatan yang dilatih", "dilatih"},
    {"Sosialisasi perizinan berusaha", "Sosialisasi"},
    {"Penyuluhan pertanian", "Penyuluhan"},
    {"JUMLAH RAPAT KOORDINASI", "RAPAT KOORDINASI"},
};

} // namespace

TEST_CASE("activity-not-result flags counted activities of a sasaran strategis or program",
          "[rules][activity-not-result]")
{
    for (const auto &[text, activity] : activities) {
        for (const Tier tier : {Tier::Strategis, Tier::Program}) {
            INFO(text << " at " << tierKey(tier).data());
            const QList<Finding> found = checked(text, tier);
            REQUIRE(found.size() == 1);
            CHECK(found.first().field == QStringLiteral("text"));
            CHECK(found.first().severity == Severity::Warning);
            CHECK(found.first().message.id.contains(
                QStringLiteral("\"%1\"").arg(QString::fromUtf8(activity))));
            CHECK(found.first().message.id.contains(tier == Tier::Strategis
                                                        ? QStringLiteral("sasaran strategis")
                                                        : QStringLiteral("sasaran program")));
        }
    }
}

TEST_CASE("activity-not-result accepts counted activities in an eselon IV kegiatan",
          "[rules][activity-not-result]")
{
    for (const auto &[text, activity] : activities) {
        INFO(text);
        CHECK(checked(text, Tier::Kegiatan).isEmpty());
    }
}

TEST_CASE("activity-not-result accepts results, also where an activity is mentioned",
          "[rules][activity-not-result]")
{
    for (const char *text : {"Persentase peserta pelatihan yang lulus uji kompetensi",
                             "Jumlah peserta pelatihan kerja yang ditempatkan",
                             "Persentase penduduk yang memiliki dokumen kependudukan",
                             "Jumlah dokumen kependudukan yang diterbitkan",
                             "Persentase pengaduan masyarakat yang ditindaklanjuti",
                             "Persentase usulan Musrenbang yang terakomodasi dalam RKPD",
                             "Persentase ASN yang mengikuti pengembangan kompetensi 20 JP",
                             "Persentase desa yang melaksanakan STBM",
                             "Jumlah kunjungan wisatawan",
                             "Persentase sasaran RPJMD yang tercapai targetnya",
                             "Indeks Kepuasan Masyarakat",
                             "Opini BPK atas laporan keuangan",
                             "Persentase desa yang menyampaikan laporan APBDes tepat waktu"}) {
        INFO(text);
        CHECK(checked(text, Tier::Strategis).isEmpty());
    }
}

TEST_CASE("activity-not-result proposes a measure of the result the activity serves",
          "[rules][activity-not-result]")
{
    auto [text, proposal] = GENERATE(table<const char *, const char *>({
        {"Jumlah rapat koordinasi", "Persentase kesepakatan rapat koordinasi yang ditindaklanjuti"},
        {"Jumlah laporan keuangan yang disusun",
         "Opini BPK atas Laporan Keuangan Pemerintah Daerah"},
        {"Jumlah sosialisasi pencegahan stunting", "Prevalensi stunting pada balita"},
        {"Jumlah event pariwisata yang diselenggarakan", "Jumlah kunjungan wisatawan"},
        {"Jumlah ASN yang mengikuti diklat", "Indeks Profesionalitas ASN"},
        {"Jumlah pelatihan kewirausahaan",
         "Persentase peserta pelatihan yang lulus uji kompetensi"},
    }));
    INFO(text);
    const QList<Finding> found = checked(text, Tier::Strategis);
    REQUIRE(found.size() == 1);
    CHECK(found.first().suggestion.id.contains(
        QStringLiteral("\"%1\"").arg(QString::fromUtf8(proposal))));
    CHECK(found.first().suggestion.en.contains(
        QStringLiteral("\"%1\"").arg(QString::fromUtf8(proposal))));
    CHECK(found.first().suggestion.id.contains(QStringLiteral("eselon IV")));
}
