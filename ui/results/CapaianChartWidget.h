#pragma once

#include "report/CapaianChart.h"

#include <QWidget>

namespace Tepat {

// A PK's capaian per indicator on screen, drawn by the same CapaianChart as the LKjIP's PDF page,
// in the widget's font and palette (so the projector view's large type and colours apply).
class CapaianChartWidget : public QWidget
{
    Q_OBJECT

public:
    explicit CapaianChartWidget(QWidget *parent = nullptr);

    void setBars(QList<CapaianChart::Bar> bars);
    const QList<CapaianChart::Bar> &bars() const { return m_bars; }

    // The chart style of a widget's font and palette, for every chart the results show.
    static CapaianChart::Style styleOf(const QWidget &widget);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<CapaianChart::Bar> m_bars;
};

} // namespace Tepat
