#pragma once

#include "report/TriwulanChart.h"
#include "results/ChartWidget.h"

namespace Tepat {

// One PK indicator's targets and realisasi per triwulan on screen, drawn by the same
// TriwulanChart as a report's page. Empty until it is given an indicator.
class TriwulanChartWidget : public ChartWidget
{
    Q_OBJECT

public:
    explicit TriwulanChartWidget(QWidget *parent = nullptr);

    void setData(std::optional<TriwulanChart::Data> data);
    const std::optional<TriwulanChart::Data> &data() const { return m_data; }
    // What paint draws at the widget's size, for a test or a screen reader.
    TriwulanChart::Layout currentLayout() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintChart(QPainter &painter) const override;

private:
    std::optional<TriwulanChart::Data> m_data;
};

} // namespace Tepat
