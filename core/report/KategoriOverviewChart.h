#pragma once

#include "report/CapaianChart.h"
#include "report/DashboardRows.h"

#include <QLineF>
#include <QRectF>

namespace Tepat {

// The pemda's overview: per OPD one horizontal bar of its PK indicators, stacked by kategori in
// the scale's order, then those without capaian. Every segment has its kategori's colour and its
// count written in it (or beside it when it is too narrow), and the legend names each colour, so
// that colour is never the only sign. layout() places everything and paint() draws what it
// placed, so the dashboard, the pemda's LKjIP page and a test see the same picture.
class KategoriOverviewChart
{
public:
    struct Row
    {
        QString opd;
        QList<int> counts; // per kategori of the scale, then the count without capaian
    };
    struct Data
    {
        QStringList kategori;  // the scale's labels, then the words for "no capaian"
        QList<QColor> colours; // invalid: none given (grey)
        QList<Row> rows;
    };
    struct Label
    {
        QRectF rect;
        QString text;
        Qt::Alignment alignment = Qt::AlignCenter;
        bool onColour = false; // inside a segment: dark on the band's light colour
    };
    struct Segment
    {
        QRectF rect;
        int kategori = 0; // the index into Data::kategori
        int count = 0;
    };
    struct Layout
    {
        QList<Segment> segments; // only counts above zero
        QList<Label> labels;     // the OPDs, the counts, the legend's words, the axis
        QList<Segment> legend;   // the legend's keys
        QLineF axis;
    };

    // The OPD rows of the dashboard (the pemda's own PK left out: it is no OPD).
    static Data
    of(const QList<DashboardRows::Row> &rows, const KategoriScale &scale, const QString &noCapaian);
    static Layout layout(const QRectF &area, const Data &data, const QFont &font);
    static void paint(QPainter &painter,
                      const QRectF &area,
                      const Data &data,
                      const CapaianChart::Style &style);
    // The height that gives every OPD one line and a half in the font.
    static qreal preferredHeight(const QFont &font, qsizetype rowCount);
};

} // namespace Tepat
