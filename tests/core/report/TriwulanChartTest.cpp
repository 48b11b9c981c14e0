#include "report/TriwulanChart.h"

#include "core/report/ReportFixture.h"
#include "print/DocumentFonts.h"
#include "support/PdfTools.h"
#include "support/QtStringMakers.h"
#include "values/LayoutUnits.h"

#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

const TriwulanChart::Words words {QStringLiteral("Target TW"),
                                  QStringLiteral("Realisasi"),
                                  QStringLiteral("Target 2026: %1"),
                                  QStringLiteral("Tidak ada angka")};

QStringList labelTexts(const TriwulanChart::Layout &layout)
{
    QStringList texts;
    for (const TriwulanChart::Label &label : layout.labels)
        texts.append(label.text);
    return texts;
}

} // namespace

TEST_CASE("The triwulan chart has a bar per quarter's target and per reported realisasi, under "
          "the year's target line",
          "[report][chart]")
{
    const Cascade cascade = ReportFixture::measuredOpd();
    // Jumlah bayi diimunisasi: 250 a quarter, 1.000 for the year; 200 and 260 reported.
    const TriwulanChart::Data data = TriwulanChart::of(cascade, *cascade.indicator(45), words);
    REQUIRE(data.quarters.size() == 4);
    CHECK(data.annualText == QStringLiteral("1.000"));
    CHECK(data.quarters[1].realisasiText == QStringLiteral("260"));
    CHECK(data.quarters[3].realisasiText.isEmpty());

    const QFont font;
    const QRectF area(0, 0, 600, 300);
    const TriwulanChart::Layout layout = TriwulanChart::layout(area, data, font);
    CHECK(layout.targetBars.size() == 4);
    CHECK(layout.realisasiBars.size() == 2);
    REQUIRE(layout.annualLine);
    // 260 stands above 200, and both below the year's 1.000, all on the baseline.
    CHECK(layout.realisasiBars[1].top() < layout.realisasiBars[0].top());
    CHECK(layout.annualLine->y1() < layout.realisasiBars[1].top());
    for (const QRectF &bar : layout.realisasiBars) {
        CHECK(bar.bottom() == Approx(layout.baseline.y1()));
        CHECK(area.contains(bar));
    }
    const QStringList texts = labelTexts(layout);
    for (const char *text :
         {"Target TW", "Realisasi", "TW I", "TW IV", "250", "200", "260", "Target 2026: 1.000"}) {
        CHECK(texts.contains(QLatin1String(text)));
    }
    CHECK_FALSE(texts.contains(QStringLiteral("Tidak ada angka")));
}

TEST_CASE("Only what has a number gets a bar; with none the chart says so instead",
          "[report][chart]")
{
    const Cascade cascade = ReportFixture::measuredOpd();
    // Persentase balita gizi baik: no quarter's own target, 70 and 76 reported, 80 for the year.
    const TriwulanChart::Layout gizi = TriwulanChart::layout(
        QRectF(0, 0, 500, 260), TriwulanChart::of(cascade, *cascade.indicator(42), words), QFont());
    CHECK(gizi.targetBars.isEmpty());
    CHECK(gizi.realisasiBars.size() == 2);

    // A grade indicator before anything is reported: nothing has a height.
    TriwulanChart::Data nothing {
        QStringLiteral("Opini BPK"), std::nullopt, QStringLiteral("WTP"), {}, words};
    for (int quarter = 1; quarter <= Realisasi::quarterCount; ++quarter)
        nothing.quarters.append({Realisasi::quarterName(quarter), {}, {}, {}, {}});
    const TriwulanChart::Layout none
        = TriwulanChart::layout(QRectF(0, 0, 500, 260), nothing, QFont());
    CHECK(none.targetBars.isEmpty());
    CHECK(none.realisasiBars.isEmpty());
    CHECK_FALSE(none.annualLine);
    CHECK(labelTexts(none).contains(QStringLiteral("Tidak ada angka")));
}

TEST_CASE("The triwulan chart paints the same picture into an image and a PDF", "[report][chart]")
{
    const Cascade cascade = ReportFixture::measuredOpd();
    const TriwulanChart::Data data = TriwulanChart::of(cascade, *cascade.indicator(45), words);
    const CapaianChart::Style screen {.font = QFont()};
    // A report's font, in the layout units its PDF pages are drawn in.
    const CapaianChart::Style paper {.font = DocumentFonts(DocumentFonts::Typeface::Sans).font(9)};

    QImage image(800, 400, QImage::Format_RGB32);
    {
        QPainter painter(&image);
        TriwulanChart::paint(painter, QRectF(image.rect()), data, screen);
    }
    // The realisasi bars are filled: some pixel in the middle of the second one is not white.
    const TriwulanChart::Layout layout
        = TriwulanChart::layout(QRectF(image.rect()), data, screen.font);
    REQUIRE(layout.realisasiBars.size() == 2);
    CHECK(image.pixelColor(layout.realisasiBars[1].center().toPoint()) != QColor(Qt::white));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("triwulan.pdf"));
    {
        QPdfWriter writer(path);
        writer.setResolution(int(LayoutUnits::perInch));
        QPainter painter(&writer);
        TriwulanChart::paint(
            painter, QRectF(0, 0, writer.width(), writer.height() / 2.0), data, paper);
    }
    const QString text = PdfTools::pageTexts(path).join(u'\n');
    INFO(text.toStdString());
    for (const char *phrase : {"Target TW",
                               "Realisasi",
                               "TW I",
                               "TW II",
                               "TW III",
                               "TW IV",
                               "260",
                               "Target 2026: 1.000"})
        CHECK(text.contains(QLatin1String(phrase)));
}
