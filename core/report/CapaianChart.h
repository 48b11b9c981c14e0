#pragma once

#include "report/MeasuredPk.h"
#include "values/KategoriScale.h"

#include <QColor>
#include <QFont>
#include <QList>

#include <optional>

class QPainter;
class QRectF;

namespace Tepat {

// The picture of a PK's results: a horizontal bar per indicator for its capaian against a line at
// 100 %, each bar in its kategori's colour and labelled with the number and the kategori's name,
// so that colour is never the only sign. One painter draws it on screen (a widget) and on a
// report's PDF page, so that both show the same picture.
class CapaianChart
{
public:
    struct Bar
    {
        QString label;                // the indicator
        std::optional<Decimal> value; // the capaian in per cent; none: nothing to draw
        QString valueText;            // "95,00 % Sangat Baik", or why there is no capaian
        QColor colour;                // the kategori's; invalid: none
    };
    struct Style
    {
        QFont font;
        QColor text = Qt::black;
        QColor background = Qt::white; // also behind each bar's number
        QColor line = Qt::black;       // the axis and the 100 % line
    };

    // The bars of a measured PK in its order; noCapaian is written where an indicator has none
    // (the language of the window, or of the report).
    static QList<Bar>
    bars(const MeasuredPk &measured, const KategoriScale &scale, const QString &noCapaian);
    static void
    paint(QPainter &painter, const QRectF &area, const QList<Bar> &bars, const Style &style);
    // The height that gives every bar two lines of its label in the style's font.
    static qreal preferredHeight(const Style &style, qsizetype barCount);
    // The largest per cent the axis shows: 120, or the highest capaian rounded up to 20.
    static int axisMaximum(const QList<Bar> &bars);
};

} // namespace Tepat
