#include "report/ChartCanvas.h"

#include <QPainter>

namespace Tepat {

ChartCanvas::ChartCanvas(QPainter &painter, const QRectF &area, const CapaianChart::Style &style)
    : m_painter(painter)
{
    m_painter.save();
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_painter.fillRect(area, style.background);
    m_painter.setFont(style.font);
}

ChartCanvas::~ChartCanvas()
{
    m_painter.restore();
}

} // namespace Tepat
