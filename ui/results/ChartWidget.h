#pragma once

#include "report/CapaianChart.h"

#include <QWidget>

class QPainter;

namespace Tepat {

// A chart of core/report on screen: drawn by the same code as a report's page, in the widget's
// font and palette (so the projector view's large type and colours apply), inside a small margin.
// Subclasses keep their data and paint it; what it shows is told to screen readers as text.
class ChartWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ChartWidget(QWidget *parent = nullptr);

    // The chart style of the widget's font and palette.
    CapaianChart::Style chartStyle() const;

protected:
    // Where the chart goes: the widget less its margin.
    QRectF chartArea() const;
    // After new data: tells screen readers what the chart shows (a line per bar or row), and
    // lays out and paints it again.
    void describe(const QStringList &lines);
    virtual void paintChart(QPainter &painter) const = 0;

    void paintEvent(QPaintEvent *event) override;
};

} // namespace Tepat
