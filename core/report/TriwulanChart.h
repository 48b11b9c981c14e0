#pragma once

#include "report/CapaianChart.h"

#include <QLineF>
#include <QRectF>

namespace Tepat {

class Cascade;
struct Indicator;

// The picture of one PK indicator's year: per triwulan its own target and its realisasi as two
// bars side by side, under a dashed line at the year's target, every bar and the line labelled
// with its number so that neither colour nor hatching is the only sign. The targets are those in
// force (TargetInForce), the realisasi as reported; a grade or a range has no height, so its text
// stands in the quarter instead of a bar. layout() places everything and paint() draws what it
// placed, so the screen, the PDF and a test see the same picture.
class TriwulanChart
{
public:
    // Words in the language of the window or of the report.
    struct Words
    {
        QString target;    // "Target TW"
        QString realisasi; // "Realisasi"
        QString annual;    // "Target %1": the year's target, %1 its number
        QString noNumbers; // written when no quarter has a number to draw
    };
    struct Quarter
    {
        QString name; // "TW I"
        std::optional<Decimal> target;
        QString targetText;
        std::optional<Decimal> realisasi;
        QString realisasiText; // empty: not reported
    };
    struct Data
    {
        QString indicator;
        std::optional<Decimal> annual;
        QString annualText;
        QList<Quarter> quarters; // TW I to TW IV
        Words words;
    };
    struct Label
    {
        QRectF rect;
        QString text;
    };
    // Where everything goes in an area, in the painter's units.
    struct Layout
    {
        QList<QRectF> targetBars;    // one per triwulan with a target that has a number
        QList<QRectF> realisasiBars; // one per triwulan with a realisasi that has a number
        std::optional<QLineF> annualLine;
        QLineF baseline;
        QList<Label> labels;      // the legend, the numbers, the triwulan names, the year's target
        QList<QRectF> legendKeys; // the target's and the realisasi's key, before their words
    };

    static Data of(const Cascade &cascade, const Indicator &indicator, const Words &words);
    static Layout layout(const QRectF &area, const Data &data, const QFont &font);
    static void paint(QPainter &painter,
                      const QRectF &area,
                      const Data &data,
                      const CapaianChart::Style &style);
    // The height that keeps the bars readable in the style's font.
    static qreal preferredHeight(const QFont &font);
};

} // namespace Tepat
