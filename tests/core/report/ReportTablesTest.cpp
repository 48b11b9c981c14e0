#include "core/report/ReportFixture.h"
#include "report/LkjipReport.h"
#include "report/MonitoringTriwulanReport.h"
#include "report/PengukuranKinerjaReport.h"
#include "report/ReportScope.h"
#include "support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

// Each row of a table as the page shows its cells.
QList<QStringList> shown(const ReportTable &table)
{
    QList<QStringList> result;
    for (const QList<SheetCell> &row : table.rows()) {
        QStringList texts;
        for (const SheetCell &cell : row)
            texts.append(cell.displayText());
        result.append(texts);
    }
    return result;
}

QStringList texts(std::initializer_list<const char *> cells)
{
    QStringList result;
    for (const char *cell : cells)
        result.append(QString::fromUtf8(cell));
    return result;
}

Decimal dec(const char *canonical)
{
    return *Decimal::fromCanonical(QString::fromLatin1(canonical));
}

} // namespace

TEST_CASE("Pengukuran Kinerja lists each indicator with target, realisasi, capaian and kategori",
          "[report]")
{
    const Cascade cascade = ReportFixture::measuredOpd();
    const Report report = PengukuranKinerjaReport::of(cascade, *cascade.pk(40), 2);
    CHECK(report.title
          == QStringList {QStringLiteral("PENGUKURAN KINERJA"),
                          QStringLiteral("KEPALA DINAS KESEHATAN"),
                          QStringLiteral("DINAS KESEHATAN KABUPATEN CONTOH"),
                          QStringLiteral("TAHUN 2026 S.D. TW II")});
    REQUIRE(report.tables.size() == 1);
    const ReportTable &table = report.tables.first();
    CHECK(table.headers()
          == QStringList {QStringLiteral("No"),
                          QStringLiteral("Sasaran Strategis"),
                          QStringLiteral("Indikator Kinerja"),
                          QStringLiteral("Satuan"),
                          QStringLiteral("Target"),
                          QStringLiteral("Realisasi"),
                          QStringLiteral("Capaian (%)"),
                          QStringLiteral("Kategori")});
    CHECK(table.spanningColumns == 2);
    const char *gizi = "Meningkatnya status gizi dan kesehatan ibu";
    const char *imunisasi = "Meningkatnya cakupan imunisasi";
    const QList<QStringList> rows = shown(table);
    REQUIRE(rows.size() == 4);
    CHECK(rows[0]
          == texts(
              {"1", gizi, "Persentase balita gizi baik", "%", "80", "76", "95,00", "Sangat Baik"}));
    // Lower is better: (2 × 100 − 120) / 100.
    CHECK(
        rows[1]
        == texts({"", "", "Angka kematian ibu", "per 100.000 KH", "100", "120", "80,00", "Baik"}));
    // Kumulatif: TW I + TW II against the quarters' targets 250 + 250.
    CHECK(rows[2]
          == texts({"2",
                    imunisasi,
                    "Jumlah bayi diimunisasi",
                    "bayi",
                    "500",
                    "460",
                    "92,00",
                    "Sangat Baik"}));
    CHECK(rows[3] == texts({"", "Rata-rata capaian", "", "", "", "", "89,00", "Baik"}));
    CHECK(table.groups.last().total);
    // The sheet gets numbers, not text.
    const QList<QList<SheetCell>> cells = table.rows();
    CHECK(cells[0][6].isNumber());
    CHECK(cells[0][6].number == dec("95"));
    CHECK(cells[2][4].number == dec("500"));
    CHECK(cells[3][6].number == dec("89"));
}

TEST_CASE("Monitoring Triwulan shows each triwulan's target and realisasi up to the one monitored",
          "[report]")
{
    const Cascade cascade = ReportFixture::measuredOpd();
    const Report report = MonitoringTriwulanReport::of(cascade, *cascade.pk(40), 2);
    REQUIRE(report.tables.size() == 2);
    const ReportTable &indicators = report.tables[0];
    CHECK(indicators.headers()
          == texts({"No",
                    "Sasaran",
                    "Indikator",
                    "Satuan",
                    "Target Tahunan",
                    "Target TW I",
                    "Target TW II",
                    "Target TW III",
                    "Target TW IV",
                    "Realisasi TW I",
                    "Realisasi TW II",
                    "Realisasi TW III",
                    "Realisasi TW IV",
                    "Capaian s.d. TW II (%)",
                    "Kendala",
                    "Tindak Lanjut",
                    "Penanggung Jawab"}));
    const QList<QStringList> rows = shown(indicators);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].mid(2)
          == texts({"Persentase balita gizi baik",
                    "%",
                    "80",
                    "",
                    "",
                    "",
                    "",
                    "70",
                    "76",
                    "",
                    "",
                    "95,00",
                    "Data posyandu terlambat",
                    "Verifikasi lapangan",
                    "Kabid Kesmas"}));
    CHECK(rows[1].mid(2)
          == texts({"Angka kematian ibu",
                    "per 100.000 KH",
                    "100",
                    "",
                    "",
                    "",
                    "",
                    "120",
                    "",
                    "",
                    "",
                    "80,00",
                    "",
                    "",
                    ""}));
    CHECK(rows[2]
          == texts({"2",
                    "Meningkatnya cakupan imunisasi",
                    "Jumlah bayi diimunisasi",
                    "bayi",
                    "1.000",
                    "250",
                    "250",
                    "250",
                    "250",
                    "200",
                    "260",
                    "",
                    "",
                    "92,00",
                    "",
                    "",
                    ""}));

    const ReportTable &programs = report.tables[1];
    CHECK(programs.headers()
          == texts({"No",
                    "Program",
                    "Anggaran",
                    "Realisasi Anggaran TW I",
                    "Realisasi Anggaran TW II",
                    "Realisasi Anggaran TW III",
                    "Realisasi Anggaran TW IV",
                    "Serapan (%)"}));
    const QList<QStringList> spent = shown(programs);
    REQUIRE(spent.size() == 3);
    CHECK(spent[0]
          == texts({"1",
                    "1.02.02 PROGRAM PEMENUHAN UPAYA KESEHATAN",
                    "Rp 1.000.000.000",
                    "Rp 200.000.000",
                    "Rp 250.000.000",
                    "",
                    "",
                    "45,00"}));
    CHECK(spent[1] == texts({"2", "PROGRAM PENUNJANG", "Rp 500.000.000", "", "", "", "", ""}));
    CHECK(spent[2]
          == texts({"",
                    "Jumlah",
                    "Rp 1.500.000.000",
                    "Rp 200.000.000",
                    "Rp 250.000.000",
                    "",
                    "",
                    "30,00"}));
    CHECK(programs.rows()[0][2].number == dec("1000000000"));
}

TEST_CASE("The LKjIP tables compare with last year's PK, the Renstra's end target and the budget",
          "[report]")
{
    const Cascade cascade = ReportFixture::measuredOpd();
    const Report report = LkjipReport::of(cascade, *cascade.pk(40), 2);
    REQUIRE(report.tables.size() == 3);
    const ReportTable &capaian = report.tables[0];
    CHECK(capaian.headers()
          == texts({"No",
                    "Sasaran",
                    "Indikator",
                    "Satuan",
                    "Realisasi 2025",
                    "Target 2026",
                    "Realisasi 2026",
                    "Capaian 2026 (%)",
                    "Target Akhir Renstra (2029)",
                    "Capaian s.d. 2026 thd Target Akhir Renstra (%)"}));
    const QList<QStringList> rows = shown(capaian);
    REQUIRE(rows.size() == 3);
    // 2025's indicator serves the same Renstra indicator: its realisasi, though the text differs.
    // 76 / 90 against the Renstra's 2029 target.
    CHECK(rows[0].mid(2)
          == texts({"Persentase balita gizi baik", "%", "72", "80", "76", "95,00", "90", "84,44"}));
    // Matched by its text; no Renstra indicator above it, so no end target.
    CHECK(rows[1].mid(2)
          == texts({"Angka kematian ibu", "per 100.000 KH", "130", "100", "120", "80,00", "", ""}));
    // Not in 2025's PK: empty.
    CHECK(rows[2].mid(2)
          == texts({"Jumlah bayi diimunisasi", "bayi", "", "500", "460", "92,00", "", ""}));

    const ReportTable &efisiensi = report.tables[2];
    CHECK(efisiensi.headers()
          == texts({"No",
                    "Program",
                    "Anggaran",
                    "Realisasi",
                    "Serapan (%)",
                    "Capaian Kinerja (%)",
                    "Efisiensi"}));
    const QList<QStringList> lines = shown(efisiensi);
    REQUIRE(lines.size() == 3);
    // The program's Renstra sasaran is what indicator 42 serves: capaian 95 − serapan 45.
    CHECK(lines[0]
          == texts({"1",
                    "1.02.02 PROGRAM PEMENUHAN UPAYA KESEHATAN",
                    "Rp 1.000.000.000",
                    "Rp 450.000.000",
                    "45,00",
                    "95,00",
                    "50,00"}));
    CHECK(lines[1] == texts({"2", "PROGRAM PENUNJANG", "Rp 500.000.000", "", "", "", ""}));
    // The PK's mean capaian (95 + 80 + 92) / 3 against 450 / 1.500 spent.
    CHECK(
        lines[2]
        == texts({"", "Jumlah", "Rp 1.500.000.000", "Rp 450.000.000", "30,00", "89,00", "59,00"}));
}

TEST_CASE("The LKjIP Analisis table gives each indicator's faktor and upaya under its sasaran's "
          "number",
          "[report]")
{
    const Cascade cascade = ReportFixture::measuredOpd();
    const Report report = LkjipReport::of(cascade, *cascade.pk(40), 2);
    REQUIRE(report.tables.size() == 3);
    const ReportTable &analisis = report.tables[1];
    CHECK(analisis.heading == QStringLiteral("Tabel 3.2 Analisis Capaian Kinerja 2026"));
    CHECK(analisis.headers()
          == texts(
              {"No", "Indikator", "Faktor Pendukung", "Faktor Penghambat", "Upaya Peningkatan"}));
    CHECK(analisis.spanningColumns == 1);
    REQUIRE(analisis.groups.size() == 2);
    CHECK(analisis.groups[0].spanning.size() == 1);
    CHECK(analisis.groups[0].rows.size() == 2);
    const QList<QStringList> rows = shown(analisis);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0]
          == texts({"1",
                    "Persentase balita gizi baik",
                    "Kader posyandu aktif menimbang",
                    "Data posyandu terlambat",
                    "Pendampingan gizi keluarga"}));
    // Nothing written yet: empty cells, the indicator still listed.
    CHECK(rows[1] == texts({"", "Angka kematian ibu", "", "", ""}));
    CHECK(rows[2] == texts({"2", "Jumlah bayi diimunisasi", "", "", ""}));
}

TEST_CASE("A PK without last year's PK leaves Realisasi n−1 empty", "[report]")
{
    Cascade cascade = ReportFixture::measuredOpd();
    const Report report = LkjipReport::of(cascade, *cascade.pk(140), 4);
    for (const QStringList &row : shown(report.tables[0]))
        CHECK(row[4].isEmpty());
    CHECK(ReportScope::previousYear(cascade, *cascade.pk(140)) == nullptr);
    CHECK(ReportScope::previousYear(cascade, *cascade.pk(40)) == cascade.pk(140));
}

TEST_CASE("Reports select the PKs of the year, the OPD's own for monitoring and LKjIP", "[report]")
{
    const Cascade cascade = ReportFixture::measuredOpd();
    using Kind = ReportScope::Kind;
    CHECK(ReportScope::pks(cascade, Kind::Pengukuran, 2026, {}) == QList<qint64> {40});
    CHECK(ReportScope::pks(cascade, Kind::Lkjip, 2025, {2}) == QList<qint64> {140});
    CHECK(ReportScope::pks(cascade, Kind::Monitoring, 2026, {0}).isEmpty());
    CHECK(ReportScope::fromKey(u"lkjip") == Kind::Lkjip);
    CHECK(ReportScope::key(Kind::Monitoring) == QLatin1String("monitoring"));
    CHECK_FALSE(ReportScope::fromKey(u"laporan"));
}

TEST_CASE("A PK changed by a PK Perubahan is reported through its newest version", "[report]")
{
    Cascade cascade = ReportFixture::measuredOpd();
    PkDocument perubahan = *cascade.pk(40);
    perubahan.id = 400;
    perubahan.kind = PkDocument::Kind::Perubahan;
    perubahan.previousVersionId = 40;
    perubahan.changeDate = QDate(2026, 8, 1);
    perubahan.programs.clear();
    REQUIRE(cascade.insertPk(perubahan));
    CHECK(ReportScope::pks(cascade, ReportScope::Kind::Pengukuran, 2026, {})
          == QList<qint64> {400});
    CHECK(ReportScope::pks(cascade, ReportScope::Kind::Lkjip, 2026, {2}) == QList<qint64> {400});
    CHECK_FALSE(ReportScope::isNewest(cascade, *cascade.pk(40)));
}
