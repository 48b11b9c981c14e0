#include "results/TriwulanChartWidget.h"

#include "results/CapaianChartWidget.h"

#include <QPainter>

namespace Tepat {

TriwulanChartWidget::TriwulanChartWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

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
    // What the picture shows, for a screen reader.
    setAccessibleDescription(described.join(QLatin1Char('\n')));
    update();
}

QRectF TriwulanChartWidget::chartArea() const
{
    return QRectF(rect()).adjusted(8, 4, -8, -4);
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

void TriwulanChartWidget::paintEvent(QPaintEvent *)
{
    if (!m_data)
        return;
    QPainter painter(this);
    TriwulanChart::paint(painter, chartArea(), *m_data, CapaianChartWidget::styleOf(*this));
}

} // namespace Tepat
