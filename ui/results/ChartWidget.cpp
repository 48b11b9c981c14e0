#include "results/ChartWidget.h"

#include <QPainter>

namespace Tepat {

ChartWidget::ChartWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

CapaianChart::Style ChartWidget::chartStyle() const
{
    return {font(),
            palette().color(QPalette::WindowText),
            palette().color(QPalette::Base),
            palette().color(QPalette::WindowText)};
}

QRectF ChartWidget::chartArea() const
{
    return QRectF(rect()).adjusted(8, 4, -8, -4);
}

void ChartWidget::describe(const QStringList &lines)
{
    setAccessibleDescription(lines.join(QLatin1Char('\n')));
    updateGeometry();
    update();
}

void ChartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintChart(painter);
}

} // namespace Tepat
