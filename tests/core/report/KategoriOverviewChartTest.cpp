#include "report/KategoriOverviewChart.h"

#include "report/ReportBatch.h"
#include "report/ReportPdfWriter.h"
#include "support/PdfTools.h"
#include "support/QtStringMakers.h"
#include "support/SampleWorkspace.h"

#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <algorithm>
#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

QStringList labelTexts(const KategoriOverviewChart::Layout &layout)
{
    QStringList texts;
    for (const KategoriOverviewChart::Label &label : layout.labels)
        texts.append(label.text);
    return texts;
}

} // namespace

TEST_CASE("The pemda overview has a bar per OPD, a labelled segment per kategori it has, in the "
          "dashboard's counts",
          "[report][chart]")
{
    const Cascade cascade = SampleWorkspace::load();
    const CapaianEngine engine(cascade.measureSettings());
    const QList<DashboardRows::Row> rows = DashboardRows::of(cascade, engine, 2026, 3);
    const KategoriScale &scale = cascade.measureSettings().kategori;
    const KategoriOverviewChart::Data data
        = KategoriOverviewChart::of(rows, scale, QStringLiteral("belum ada capaian"));
    REQUIRE(data.rows.size() == cascade.opds().size());
    CHECK(data.kategori.size() == scale.bands().size() + 1);
    CHECK(data.kategori.last() == QStringLiteral("belum ada capaian"));

    int segments = 0;
    for (const DashboardRows::Row &row : rows) {
        if (row.opdId == 0)
            continue;
        const auto found = std::find_if(
            data.rows.cbegin(), data.rows.cend(), [&](const KategoriOverviewChart::Row &drawn) {
                return drawn.opd == row.name;
            });
        REQUIRE(found != data.rows.cend());
        for (qsizetype k = 0; k < row.summary.perKategori.size(); ++k)
            CHECK(found->counts[k] == row.summary.perKategori[k].second);
        CHECK(found->counts.last() == row.summary.unmeasured);
        for (int count : found->counts)
            segments += count > 0 ? 1 : 0;
    }

    const QRectF area(0, 0, 900, 400);
    const KategoriOverviewChart::Layout layout = KategoriOverviewChart::layout(area, data, QFont());
    CHECK(layout.segments.size() == segments);
    CHECK(layout.legend.size() == data.kategori.size());
    const QStringList texts = labelTexts(layout);
    // Each OPD is named, cut short with an ellipsis where its name is longer than a third.
    for (const KategoriOverviewChart::Row &row : data.rows) {
        CHECK(std::any_of(texts.cbegin(), texts.cend(), [&](const QString &text) {
            return !text.isEmpty() && row.opd.startsWith(QString(text).remove(u'\u2026'));
        }));
    }
    for (const KategoriOverviewChart::Segment &segment : layout.segments) {
        CHECK(texts.contains(QString::number(segment.count)));
        CHECK(area.contains(segment.rect));
    }
    for (const QString &kategori : data.kategori)
        CHECK(texts.contains(kategori));

    // Each segment is filled with its kategori's colour.
    QImage image(900, 400, QImage::Format_RGB32);
    {
        QPainter painter(&image);
        KategoriOverviewChart::paint(painter, area, data, {.font = QFont()});
    }
    for (const KategoriOverviewChart::Segment &segment : layout.segments) {
        const QColor colour = data.colours[segment.kategori];
        if (!colour.isValid())
            continue;
        const QPoint corner = segment.rect.topLeft().toPoint() + QPoint(2, 2);
        CHECK(image.pixelColor(corner) == colour);
    }
}

TEST_CASE("The pemda's LKjIP PDF has a page of kategori counts per OPD; an OPD's has none",
          "[report][chart]")
{
    const Cascade cascade = SampleWorkspace::load();
    const QList<Report> reports
        = ReportBatch::make(cascade, ReportScope::Kind::Lkjip, 2026, 3, {0});
    REQUIRE(reports.size() == 1);
    REQUIRE(reports.first().overview);
    const QList<Report> opd = ReportBatch::make(
        cascade, ReportScope::Kind::Lkjip, 2026, 3, {cascade.opds().first().id});
    REQUIRE(opd.size() == 1);
    CHECK_FALSE(opd.first().overview);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pemda.pdf"));
    REQUIRE(ReportPdfWriter::write(
        path, reports, PaperFormat::Size::A4, DocumentFonts::Typeface::Sans, {}));
    const QStringList pages = PdfTools::pageTexts(path);
    REQUIRE_FALSE(pages.isEmpty());
    // The overview is the last page, after the chart.
    const QString overview = pages.last();
    INFO(overview.toStdString());
    CHECK(overview.contains(QStringLiteral("KATEGORI CAPAIAN KINERJA PER PERANGKAT DAERAH")));
    CHECK(pages[pages.size() - 2].contains(QStringLiteral("GRAFIK CAPAIAN KINERJA")));
    for (const KategoriOverviewChart::Row &row : reports.first().overview->rows)
        CHECK(overview.contains(row.opd.left(20)));
    for (const QString &kategori : reports.first().overview->kategori)
        CHECK(overview.contains(kategori));
}
