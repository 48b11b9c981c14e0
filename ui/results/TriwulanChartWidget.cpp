#include "results/TriwulanChartWidget.h"

#include <QPainter>

namespace Tepat {

TriwulanChartWidget::TriwulanChartWidget(QWidget *parent)
    : ChartWidget(parent)
{}

void TriwulanChartWidget::setData(std::optional<TriwulanChart::Data> data)
{
    m_data = std::move(data);
    QStringList described;
    if (m_data) {
        described.append(m_data->indicator);
        for (const TriwulanChart::Quarter &quarter : std::as_const(m_data->quarters)) {
            described.append(tr("%1: target %2, realisasi %3")
                                 .arg(quarter.name, quarter.targetText, quarter.realisasiText));
        }
    }
    describe(described);
}

TriwulanChart::Layout TriwulanChartWidget::currentLayout() const
{
    return m_data ? TriwulanChart::layout(chartArea(), *m_data, font()) : TriwulanChart::Layout {};
}

QSize TriwulanChartWidget::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 60, int(TriwulanChart::preferredHeight(font()))};
}

QSize TriwulanChartWidget::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 36, fontMetrics().lineSpacing() * 9};
}

void TriwulanChartWidget::paintChart(QPainter &painter) const
{
    if (m_data)
        TriwulanChart::paint(painter, chartArea(), *m_data, chartStyle());
}

} // namespace Tepat
