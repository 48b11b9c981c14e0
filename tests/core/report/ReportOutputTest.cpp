#include "core/report/ReportFixture.h"
#include "report/ReportBatch.h"
#include "report/ReportLayout.h"
#include "sheet/XlsxReader.h"
#include "support/PdfTools.h"
#include "support/QtStringMakers.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

using Kind = ReportScope::Kind;

QString write(const QTemporaryDir &dir,
              const Cascade &cascade,
              Kind kind,
              ReportBatch::Format format,
              PaperFormat::Size paper = PaperFormat::Size::F4)
{
    const QString path = dir.filePath(
        format == ReportBatch::Format::Pdf ? QStringLiteral("r.pdf") : QStringLiteral("r.xlsx"));
    const QList<Report> reports = ReportBatch::make(cascade, kind, 2026, 2, {});
    REQUIRE(!reports.isEmpty());
    const Result<QList<int>> written
        = ReportBatch::write({{path, reports}},
                             format,
                             paper,
                             DocumentFonts::Typeface::Sans,
                             ReportBatch::title(cascade, kind, 2026, 2));
    INFO((written ? QString() : written.error().message).toStdString());
    REQUIRE(written);
    return path;
}

SheetTable sheet(const QString &path, int index)
{
    const Result<XlsxReader> reader = XlsxReader::open(path);
    REQUIRE(reader);
    const Result<SheetTable> table = reader->readSheet(index);
    REQUIRE(table);
    return *table;
}

Decimal dec(const char *canonical)
{
    return *Decimal::fromCanonical(QString::fromLatin1(canonical));
}

// Adds indicators to the fixture's second sasaran, enough for a table of several pages.
void addIndicators(Cascade &cascade, int count)
{
    for (int i = 0; i < count; ++i) {
        Indicator indicator = *cascade.indicator(45);
        indicator.id = cascade.allocateId();
        indicator.text = QStringLiteral("Jumlah kader posyandu terlatih kelompok %1").arg(i + 1);
        REQUIRE(cascade.insertIndicator(indicator));
    }
}

} // namespace

TEST_CASE("The Pengukuran Kinerja workbook holds number cells under the contract's headers, the "
          "sasaran merged over its indicators",
          "[report]")
{
    QTemporaryDir dir;
    const QString path
        = write(dir, ReportFixture::measuredOpd(), Kind::Pengukuran, ReportBatch::Format::Xlsx);
    const Result<XlsxReader> reader = XlsxReader::open(path);
    REQUIRE(reader);
    CHECK(reader->sheetNames() == QStringList {QStringLiteral("Pengukuran Dinkes")});
    const SheetTable table = sheet(path, 0);
    // Row 1 is the title, row 2 the headers.
    CHECK(table.text(1, 1).startsWith(QStringLiteral("PENGUKURAN KINERJA — KEPALA DINAS")));
    const QStringList headers {QStringLiteral("No"),
                               QStringLiteral("Sasaran Strategis"),
                               QStringLiteral("Indikator Kinerja"),
                               QStringLiteral("Satuan"),
                               QStringLiteral("Target"),
                               QStringLiteral("Realisasi"),
                               QStringLiteral("Capaian (%)"),
                               QStringLiteral("Kategori")};
    for (int column = 1; column <= headers.size(); ++column)
        CHECK(table.text(2, column) == headers[column - 1]);
    const QList<std::pair<int, const char *>> capaian {{3, "95"}, {4, "80"}, {5, "92"}, {6, "89"}};
    for (const auto &[row, value] : capaian) {
        CHECK(table.cell(row, 7).kind == SheetCell::Kind::Number);
        CHECK(table.cell(row, 7).number == dec(value));
    }
    CHECK(table.cell(3, 5).number == dec("80"));
    CHECK(table.cell(3, 6).number == dec("76"));
    CHECK(table.cell(5, 5).number == dec("500"));
    CHECK(table.cell(3, 1).number == dec("1"));
    CHECK(table.text(3, 8) == QStringLiteral("Sangat Baik"));
    CHECK(table.text(4, 8) == QStringLiteral("Baik"));
    CHECK(table.merged().contains(SheetTable::Range {3, 1, 4, 1}));
    CHECK(table.merged().contains(SheetTable::Range {3, 2, 4, 2}));
    CHECK(table.visibleText(4, 2) == QStringLiteral("Meningkatnya status gizi dan kesehatan ibu"));
}

TEST_CASE("The LKjIP workbook has the capaian, analisis and efisiensi sheets with rupiah and per "
          "cent numbers",
          "[report]")
{
    QTemporaryDir dir;
    const QString path
        = write(dir, ReportFixture::measuredOpd(), Kind::Lkjip, ReportBatch::Format::Xlsx);
    const Result<XlsxReader> reader = XlsxReader::open(path);
    REQUIRE(reader);
    CHECK(reader->sheetNames()
          == QStringList {QStringLiteral("Capaian Dinkes"),
                          QStringLiteral("Analisis Dinkes"),
                          QStringLiteral("Efisiensi Dinkes")});
    const SheetTable capaian = sheet(path, 0);
    CHECK(capaian.text(2, 5) == QStringLiteral("Realisasi 2025"));
    CHECK(capaian.cell(3, 5).number == dec("72"));
    CHECK(capaian.cell(3, 10).number == dec("84.44"));
    CHECK(capaian.cell(5, 5).isEmpty());
    const SheetTable analisis = sheet(path, 1);
    CHECK(analisis.text(2, 3) == QStringLiteral("Faktor Pendukung"));
    CHECK(analisis.text(2, 5) == QStringLiteral("Upaya Peningkatan"));
    CHECK(analisis.text(3, 2) == QStringLiteral("Persentase balita gizi baik"));
    CHECK(analisis.text(3, 3) == QStringLiteral("Kader posyandu aktif menimbang"));
    CHECK(analisis.text(3, 4) == QStringLiteral("Data posyandu terlambat"));
    CHECK(analisis.text(3, 5) == QStringLiteral("Pendampingan gizi keluarga"));
    CHECK(analisis.text(4, 2) == QStringLiteral("Angka kematian ibu"));
    CHECK(analisis.cell(4, 3).isEmpty());
    // The sasaran's number spans its two indicators.
    CHECK(analisis.merged().contains(SheetTable::Range {3, 1, 4, 1}));
    CHECK(analisis.cell(5, 1).number == dec("2"));
    const SheetTable efisiensi = sheet(path, 2);
    CHECK(efisiensi.text(2, 7) == QStringLiteral("Efisiensi"));
    CHECK(efisiensi.cell(3, 3).number == dec("1000000000"));
    CHECK(efisiensi.cell(3, 4).number == dec("450000000"));
    CHECK(efisiensi.cell(3, 7).number == dec("50"));
    CHECK(efisiensi.text(5, 2) == QStringLiteral("Jumlah"));
    CHECK(efisiensi.cell(5, 7).number == dec("59"));
}

TEST_CASE("The LKjIP PDF prints the Analisis table with each indicator's faktor and upaya on its "
          "row",
          "[report]")
{
    QTemporaryDir dir;
    const QString path
        = write(dir, ReportFixture::measuredOpd(), Kind::Lkjip, ReportBatch::Format::Pdf);
    const QString text = PdfTools::pageTexts(path, QStringLiteral("-raw")).join(u'\n');
    INFO(text.toStdString());
    const qsizetype heading
        = text.indexOf(QStringLiteral("Tabel 3.2 Analisis Capaian Kinerja 2026"));
    REQUIRE(heading >= 0);
    CHECK(text.indexOf(QStringLiteral("Tabel 3.1 Capaian Kinerja 2026")) < heading);
    CHECK(text.indexOf(QStringLiteral("Tabel 3.3 Efisiensi Penggunaan Sumber Daya 2026"))
          > heading);
    const QString analisis = text.mid(heading);
    for (const char *header : {"Faktor Pendukung", "Faktor Penghambat", "Upaya Peningkatan"}) {
        CHECK(analisis.contains(QLatin1String(header)));
    }
    // One line per row in raw order: the indicator, then what was written for it.
    const QStringList lines = analisis.split(u'\n');
    const auto lineOf = [&](const QString &phrase) {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines[i].contains(phrase))
                return i;
        }
        return qsizetype(-1);
    };
    const qsizetype gizi = lineOf(QStringLiteral("Persentase balita gizi baik"));
    const qsizetype aki = lineOf(QStringLiteral("Angka kematian ibu"));
    REQUIRE(gizi >= 0);
    REQUIRE(aki > gizi);
    for (const char *written : {"Kader posyandu aktif menimbang",
                                "Data posyandu terlambat",
                                "Pendampingan gizi keluarga"}) {
        const qsizetype line = lineOf(QLatin1String(written));
        CHECK(line >= gizi);
        CHECK(line < aki);
    }
}

TEST_CASE("The Monitoring Triwulan PDF is F4 landscape with embedded fonts and the usual footer",
          "[report]")
{
    QTemporaryDir dir;
    const QString path
        = write(dir, ReportFixture::measuredOpd(), Kind::Monitoring, ReportBatch::Format::Pdf);
    const QList<QSizeF> sizes = PdfTools::pageSizes(path);
    REQUIRE(!sizes.isEmpty());
    for (const QSizeF &size : sizes) {
        // 330 × 215 mm.
        CHECK(size.width() == Approx(935.43).margin(0.01));
        CHECK(size.height() == Approx(609.45).margin(0.01));
    }
    const QList<PdfTools::Font> fonts = PdfTools::fonts(path);
    REQUIRE(!fonts.isEmpty());
    for (const PdfTools::Font &font : fonts)
        CHECK(font.embedded);
    const QString text = PdfTools::pageTexts(path, QStringLiteral("-raw")).join(u'\n');
    INFO(text.toStdString());
    for (const char *phrase : {"MONITORING TRIWULAN",
                               "TAHUN 2026 S.D. TW II",
                               "95,00",
                               "80,00",
                               "92,00",
                               "Rp 1.500.000.000",
                               "30,00",
                               "Kesmas",
                               "Halaman 1 dari",
                               "Monitoring Triwulan · Kabupaten Contoh"}) {
        CHECK(text.contains(QString::fromUtf8(phrase)));
    }
}

TEST_CASE("A long Pengukuran Kinerja repeats its header on every page", "[report]")
{
    Cascade cascade = ReportFixture::measuredOpd();
    addIndicators(cascade, 60);
    QTemporaryDir dir;
    const QString path
        = write(dir, cascade, Kind::Pengukuran, ReportBatch::Format::Pdf, PaperFormat::Size::A4);
    const QList<QSizeF> sizes = PdfTools::pageSizes(path);
    REQUIRE(sizes.size() >= 3);
    CHECK(sizes.first() == QSizeF(842, 595)); // A4 landscape
    const QStringList pages = PdfTools::pageTexts(path, QStringLiteral("-raw"));
    for (qsizetype i = 0; i < pages.size(); ++i) {
        INFO(pages[i].toStdString());
        CHECK(pages[i].contains(QStringLiteral("Indikator Kinerja")));
        CHECK(pages[i].contains(QStringLiteral("Satuan")));
        CHECK(pages[i].contains(QStringLiteral("Halaman %1 dari %2").arg(i + 1).arg(pages.size())));
    }
    CHECK(pages.last().contains(QStringLiteral("Rata-rata capaian")));
}

TEST_CASE("A report whose tables fit a standing page stays portrait", "[report]")
{
    Report narrow;
    ReportTable table;
    table.columns = {{QStringLiteral("No"), 9}, {QStringLiteral("Uraian"), 0, 1}};
    narrow.tables = {table};
    CHECK(ReportLayout::paperFor({narrow}, PaperFormat::Size::A4).orientation()
          == PaperFormat::Orientation::Portrait);
    const Cascade cascade = ReportFixture::measuredOpd();
    const QList<Report> wide = ReportBatch::make(cascade, Kind::Pengukuran, 2026, 2, {});
    CHECK(ReportLayout::paperFor(wide, PaperFormat::Size::A4).orientation()
          == PaperFormat::Orientation::Landscape);
}
