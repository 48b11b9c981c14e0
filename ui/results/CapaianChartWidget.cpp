#include "results/CapaianChartWidget.h"

#include <QPainter>

namespace Tepat {

CapaianChartWidget::CapaianChartWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void CapaianChartWidget::setBars(QList<CapaianChart::Bar> bars)
{
    m_bars = std::move(bars);
    QStringList described;
    for (const CapaianChart::Bar &bar : std::as_const(m_bars))
        described.append(tr("%1: %2").arg(bar.label, bar.valueText));
    // What the picture shows, for a screen reader.
    setAccessibleDescription(described.join(QLatin1Char('\n')));
    updateGeometry();
    update();
}

CapaianChart::Style CapaianChartWidget::styleOf(const QWidget &widget)
{
    return {widget.font(),
            widget.palette().color(QPalette::WindowText),
            widget.palette().color(QPalette::Base),
            widget.palette().color(QPalette::WindowText)};
}

QSize CapaianChartWidget::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 100,
            int(CapaianChart::preferredHeight(styleOf(*this), m_bars.size()))};
}

QSize CapaianChartWidget::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 40,
            int(fontMetrics().lineSpacing() * (1.6 * qreal(m_bars.size()) + 3))};
}

void CapaianChartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    CapaianChart::paint(painter, QRectF(rect()).adjusted(8, 4, -8, -4), m_bars, styleOf(*this));
}

} // namespace Tepat
