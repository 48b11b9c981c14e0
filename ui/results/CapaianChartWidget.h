#pragma once

#include "report/CapaianChart.h"
#include "results/ChartWidget.h"

namespace Tepat {

// A PK's capaian per indicator on screen, drawn by the same CapaianChart as the LKjIP's PDF page.
class CapaianChartWidget : public ChartWidget
{
    Q_OBJECT

public:
    explicit CapaianChartWidget(QWidget *parent = nullptr);

    void setBars(QList<CapaianChart::Bar> bars);
    const QList<CapaianChart::Bar> &bars() const { return m_bars; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintChart(QPainter &painter) const override;

private:
    QList<CapaianChart::Bar> m_bars;
};

} // namespace Tepat
