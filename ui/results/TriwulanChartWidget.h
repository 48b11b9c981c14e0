#pragma once

#include "report/TriwulanChart.h"

#include <QWidget>

namespace Tepat {

// One PK indicator's targets and realisasi per triwulan on screen, drawn by the same
// TriwulanChart as a report's page, in the widget's font and palette (so the projector view's
// large type and colours apply). Empty until it is given an indicator.
class TriwulanChartWidget : public QWidget
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
    void paintEvent(QPaintEvent *event) override;

private:
    QRectF chartArea() const;

    std::optional<TriwulanChart::Data> m_data;
};

} // namespace Tepat
