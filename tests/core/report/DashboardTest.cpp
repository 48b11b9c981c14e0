#include "core/report/ReportFixture.h"
#include "measure/SerapanAnggaran.h"
#include "report/CapaianChart.h"
#include "report/DashboardRows.h"
#include "report/ReportBatch.h"
#include "report/ReportPdfWriter.h"
#include "support/CliRun.h"
#include "support/PdfTools.h"
#include "support/QtStringMakers.h"
#include "support/SampleWorkspace.h"
#include "support/TestFiles.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

// What `tepat-cli capaian --format json` says of the indicators of one PK.
struct CliPk
{
    int indicators = 0;
    int withoutRealisasi = 0;
    QList<double> capaian;
    QMap<QString, int> perKategori;
};

QMap<qint64, CliPk> cliCapaian(const Cascade &cascade, int quarter)
{
    const CliRun run(QStringList {QStringLiteral("capaian"),
                                  TestFiles::samplePath(),
                                  QStringLiteral("--year"),
                                  QStringLiteral("2026"),
                                  QStringLiteral("--quarter"),
                                  QString::number(quarter),
                                  QStringLiteral("--format"),
                                  QStringLiteral("json")});
    REQUIRE(run.exitCode == 0);
    QMap<qint64, CliPk> result;
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    for (const QJsonValue &row : root.value(u"rows").toArray()) {
        CliPk &pk = result[cascade.pkOf(qint64(row[u"object"].toDouble()))];
        ++pk.indicators;
        if (row[u"realisasi"].isNull())
            ++pk.withoutRealisasi;
        if (!row[u"capaian"].isNull())
            pk.capaian.append(row[u"capaian"].toDouble());
        if (!row[u"kategori"].isNull())
            ++pk.perKategori[row[u"kategori"].toString()];
    }
    return result;
}

void compare(const DashboardRows::Row &row, const CliPk &cli)
{
    INFO(row.name.toStdString());
    CHECK(row.indicators == cli.indicators);
    CHECK(row.withoutRealisasi == cli.withoutRealisasi);
    CHECK(row.summary.measured == cli.capaian.size());
    if (cli.capaian.isEmpty()) {
        CHECK_FALSE(row.summary.rataRata);
    } else {
        double sum = 0;
        for (double value : cli.capaian)
            sum += value;
        REQUIRE(row.summary.rataRata);
        // The mean of the CLI's values, to two decimals.
        CHECK(row.summary.rataRata->toDouble()
              == Approx(sum / double(cli.capaian.size())).margin(0.0051));
    }
    for (const auto &[label, count] : row.summary.perKategori)
        CHECK(count == cli.perKategori.value(label));
}

} // namespace

TEST_CASE("The dashboard's rows of the sample give the numbers of `tepat-cli capaian` per PK",
          "[report][dashboard]")
{
    const Cascade cascade = SampleWorkspace::load();
    const CapaianEngine engine(cascade.measureSettings());
    for (int quarter : {2, 4}) {
        INFO("quarter " << quarter);
        const QMap<qint64, CliPk> cli = cliCapaian(cascade, quarter);
        const QList<DashboardRows::Row> rows = DashboardRows::of(cascade, engine, 2026, quarter);
        // Every OPD has its kepala's PK on the dashboard.
        int opdRows = 0;
        int measured = 0;
        for (const DashboardRows::Row &row : rows) {
            opdRows += row.level == PkDocument::Level::KepalaOpd ? 1 : 0;
            measured += row.summary.measured;
            compare(row, cli.value(row.pkId));
            for (const DashboardRows::Row &child : row.children)
                compare(child, cli.value(child.pkId));
        }
        CHECK(opdRows == cascade.opds().size());
        CHECK(measured > 0); // the sample has realisasi to compare
    }
}

TEST_CASE("A dashboard row counts kategori, missing realisasi and serapan s.d. the triwulan",
          "[report][dashboard]")
{
    const Cascade cascade = ReportFixture::measuredOpd();
    const CapaianEngine engine(cascade.measureSettings());
    const QList<DashboardRows::Row> rows = DashboardRows::of(cascade, engine, 2026, 2);
    REQUIRE(rows.size() == 1);
    const DashboardRows::Row &row = rows.first();
    CHECK(row.pkId == 40);
    CHECK(row.name == QStringLiteral("Dinas Kesehatan"));
    CHECK(row.indicators == 3);
    CHECK(row.withoutRealisasi == 0);
    REQUIRE(row.summary.rataRata);
    CHECK(Capaian::percentText(*row.summary.rataRata) == QStringLiteral("89,00 %"));
    CHECK(row.summary.perKategori.value(0) == std::pair(QStringLiteral("Sangat Baik"), 2));
    CHECK(row.summary.perKategori.value(1) == std::pair(QStringLiteral("Baik"), 1));
    // 450.000.000 of 1.500.000.000.
    REQUIRE(row.serapan);
    CHECK(Capaian::percentText(*row.serapan) == QStringLiteral("30,00 %"));
    CHECK(DashboardRows::years(cascade) == QList<int> {2025, 2026});

    // Every indicator has a TW I realisasi; without any, each counts and no mean is given.
    const DashboardRows::Row early = DashboardRows::row(cascade, engine, *cascade.pk(40), 1);
    CHECK(early.withoutRealisasi == 0);
    Cascade unreported = cascade;
    for (qint64 id : {42, 43, 45})
        REQUIRE(unreported.setRealisasi(id, Realisasi {}));
    const DashboardRows::Row none = DashboardRows::row(unreported, engine, *unreported.pk(40), 2);
    CHECK(none.withoutRealisasi == 3);
    CHECK_FALSE(none.summary.rataRata);
}

TEST_CASE("The capaian chart draws a bar per indicator in its kategori's colour",
          "[report][dashboard]")
{
    const Cascade cascade = ReportFixture::measuredOpd();
    const CapaianEngine engine(cascade.measureSettings());
    const MeasuredPk measured = MeasuredPk::of(cascade, engine, *cascade.pk(40), 2);
    const QList<CapaianChart::Bar> bars
        = CapaianChart::bars(measured, cascade.measureSettings().kategori, QStringLiteral("–"));
    REQUIRE(bars.size() == 3);
    CHECK(bars[0].valueText == QStringLiteral("95,00 % Sangat Baik"));
    CHECK(bars[1].valueText == QStringLiteral("80,00 % Baik"));
    CHECK(bars[0].colour == QColor(cascade.measureSettings().kategori.bands()[0].colour));
    CHECK(CapaianChart::axisMaximum(bars) == 120);

    QImage image(800, 300, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    CapaianChart::paint(painter, QRectF(0, 0, 800, 300), bars, {.font = QFont()});
    painter.end();
    // Each band's colour fills some of the picture: the bars are drawn.
    const auto count = [&image](const QColor &colour) {
        int found = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                found += image.pixelColor(x, y) == colour ? 1 : 0;
        }
        return found;
    };
    CHECK(count(bars[0].colour) > 1000);
    CHECK(count(bars[1].colour) > 500);
}

TEST_CASE("The LKjIP PDF has a chart page per OPD whose labels pdftotext reads",
          "[report][dashboard]")
{
    const Cascade cascade = SampleWorkspace::load();
    QList<Report> reports = ReportBatch::make(cascade, ReportScope::Kind::Lkjip, 2026, 3, {});
    REQUIRE(reports.size() >= 2);
    QTemporaryDir dir;
    const QString withCharts = dir.filePath(QStringLiteral("lkjip.pdf"));
    const Result<int> pages = ReportPdfWriter::write(
        withCharts, reports, PaperFormat::Size::A4, DocumentFonts::Typeface::Sans, {});
    REQUIRE(pages);
    QList<Report> tablesOnly = reports;
    for (Report &report : tablesOnly)
        report.chart.clear();
    const QString withoutCharts = dir.filePath(QStringLiteral("tables.pdf"));
    const Result<int> tablePages = ReportPdfWriter::write(
        withoutCharts, tablesOnly, PaperFormat::Size::A4, DocumentFonts::Typeface::Sans, {});
    REQUIRE(tablePages);
    CHECK(*pages == *tablePages + reports.size());
    CHECK(PdfTools::infoField(withCharts, QStringLiteral("Pages")).toInt() == *pages);

    const QStringList texts = PdfTools::pageTexts(withCharts);
    QStringList chartPages;
    for (const QString &text : texts) {
        if (text.contains(QStringLiteral("GRAFIK CAPAIAN KINERJA")))
            chartPages.append(text);
    }
    REQUIRE(chartPages.size() == reports.size());
    for (qsizetype i = 0; i < reports.size(); ++i) {
        CHECK(chartPages[i].contains(QStringLiteral("100 %")));
        for (const CapaianChart::Bar &bar : reports[i].chart) {
            // The value and kategori of each bar, as one line of text.
            INFO(bar.valueText.toStdString());
            CHECK(chartPages[i].simplified().contains(bar.valueText));
        }
    }
}
