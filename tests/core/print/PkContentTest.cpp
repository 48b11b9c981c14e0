#include "print/PkContent.h"

#include "support/QtStringMakers.h"
#include "support/SampleWorkspace.h"

#include <catch2/catch.hpp>

using namespace Tepat;

TEST_CASE("A PK's content names its parties and gives the date and each target as printed",
          "[PkContent]")
{
    const Cascade cascade = SampleWorkspace::load();
    const PkContent content = PkContent::from(cascade, *cascade.pk(9100));

    CHECK(content.title == QStringLiteral("PERJANJIAN KINERJA TAHUN 2026"));
    CHECK(content.unitLines
          == QStringList {QStringLiteral("DINAS KESEHATAN"),
                          QStringLiteral("KABUPATEN DELI SERDANG")});
    CHECK(content.pihakPertama.name == QStringLiteral("dr. Hendra Wijaya Sitepu, M.Kes"));
    CHECK(content.pihakPertama.nip == QStringLiteral("19720814 199903 1 004"));
    CHECK(content.pihakKedua.name == QStringLiteral("dr. H. Asri Ludin Tambunan"));
    CHECK(content.pihakKedua.jabatan == QStringLiteral("Bupati Deli Serdang"));
    CHECK_FALSE(content.signsAlone());
    CHECK(content.instansi == QStringLiteral("Dinas Kesehatan Kabupaten Deli Serdang"));
    CHECK(content.placeAndDate == QStringLiteral("Lubuk Pakam, 2 Januari 2026"));
    CHECK(content.sasaranHeading == QStringLiteral("Sasaran Strategis PD"));
    CHECK(content.programHeading == QStringLiteral("Program"));

    REQUIRE(content.sasaran.size() == 3);
    REQUIRE(content.sasaran[0].indicators.size() == 2);
    CHECK(content.sasaran[0].sasaran
          == QStringLiteral("Meningkatnya mutu dan akses pelayanan kesehatan"));
    // A number takes the satuan; words and grades stand alone; "11" in % reads "11 %".
    CHECK(content.sasaran[0].indicators[0].indicator == QStringLiteral("Angka Kematian Ibu"));
    CHECK(content.sasaran[0].indicators[0].target == QStringLiteral("62 per 100.000 KH"));
    CHECK(content.sasaran[0].indicators[1].target == QStringLiteral("Meningkat"));
    CHECK(content.sasaran[1].indicators[0].target == QStringLiteral("11 %"));
    CHECK(content.sasaran[2].indicators[0].target == QStringLiteral("BB"));

    REQUIRE(content.programs.size() == 3);
    CHECK(content.programs[0].code == QStringLiteral("1.02.02"));
    CHECK(content.programs[0].anggaran == QStringLiteral("Rp 225.330.000.000"));
    CHECK(content.anggaranTotal == QStringLiteral("Rp 415.862.000.000"));
}

TEST_CASE("A kepala daerah signs alone and a revised PK says PERUBAHAN with its change date",
          "[PkContent]")
{
    Cascade cascade = SampleWorkspace::load();
    const PkContent bupati = PkContent::from(cascade, *cascade.pk(9000));
    CHECK(bupati.signsAlone());
    CHECK(bupati.unitLines == QStringList {QStringLiteral("BUPATI DELI SERDANG")});
    CHECK(bupati.instansi == QStringLiteral("Pemerintah Kabupaten Deli Serdang"));
    CHECK(bupati.sasaranHeading == QStringLiteral("Sasaran Strategis"));

    PkDocument pk = *cascade.pk(9111);
    pk.kind = PkDocument::Kind::Perubahan;
    pk.changeDate = QDate(2026, 7, 1);
    REQUIRE(cascade.updatePk(pk));
    const PkContent revised = PkContent::from(cascade, *cascade.pk(9111));
    CHECK(revised.title == QStringLiteral("PERJANJIAN KINERJA PERUBAHAN TAHUN 2026"));
    CHECK(revised.placeAndDate == QStringLiteral("Lubuk Pakam, 1 Juli 2026"));
    CHECK(revised.sasaranHeading == QStringLiteral("Sasaran Program"));
    CHECK(revised.programHeading == QStringLiteral("Kegiatan"));

    // Printed before the ceremony: the day is left for the pen.
    pk = *cascade.pk(9118);
    pk.signDate = QDate();
    pk.place.clear();
    REQUIRE(cascade.updatePk(pk));
    CHECK(PkContent::from(cascade, *cascade.pk(9118)).placeAndDate
          == QStringLiteral("Lubuk Pakam, ................ 2026"));
}

TEST_CASE("User text is printed as one plain line where markup stays and control characters go",
          "[PkContent]")
{
    CHECK(PkContent::printable(QStringLiteral("<b>Budi</b>")) == QStringLiteral("<b>Budi</b>"));
    CHECK(PkContent::printable(QStringLiteral("<table><tr><td>x</td></tr></table>"))
          == QStringLiteral("<table><tr><td>x</td></tr></table>"));
    CHECK(PkContent::printable(QStringLiteral("  Budi\n\tSantoso\r\n"))
          == QStringLiteral("Budi Santoso"));
    // A right-to-left override would print "Budi" backwards; a zero-width space is invisible.
    CHECK(PkContent::printable(QStringLiteral("\u202EBudi\u202C Sant\u200Boso"))
          == QStringLiteral("Budi Santoso"));
    CHECK(PkContent::printable(QStringLiteral("Jos\u0065\u0301")) == QStringLiteral("Jos\u00e9"));
}
