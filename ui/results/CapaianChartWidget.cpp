#include "results/CapaianChartWidget.h"

#include <QPainter>

namespace Tepat {

CapaianChartWidget::CapaianChartWidget(QWidget *parent)
    : ChartWidget(parent)
{}

void CapaianChartWidget::setBars(QList<CapaianChart::Bar> bars)
{
    m_bars = std::move(bars);
    QStringList described;
    for (const CapaianChart::Bar &bar : std::as_const(m_bars))
        described.append(tr("%1: %2").arg(bar.label, bar.valueText));
    describe(described);
}

QSize CapaianChartWidget::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 100,
            int(CapaianChart::preferredHeight(chartStyle(), m_bars.size()))};
}

QSize CapaianChartWidget::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 40,
            int(fontMetrics().lineSpacing() * (1.6 * qreal(m_bars.size()) + 3))};
}

void CapaianChartWidget::paintChart(QPainter &painter) const
{
    CapaianChart::paint(painter, chartArea(), m_bars, chartStyle());
}

} // namespace Tepat
