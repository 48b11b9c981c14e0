#pragma once

#include "report/CapaianChart.h"

namespace Tepat {

// A chart's painting session in an area: the painter saved, antialiased, in the chart style's
// font, over the style's background; restored when the canvas goes, so that a chart drawn on a
// report page leaves the page's painter as it found it.
class ChartCanvas
{
public:
    ChartCanvas(QPainter &painter, const QRectF &area, const CapaianChart::Style &style);
    ~ChartCanvas();
    ChartCanvas(const ChartCanvas &) = delete;
    ChartCanvas &operator=(const ChartCanvas &) = delete;

private:
    QPainter &m_painter;
};

} // namespace Tepat
