#pragma once

#include "report/KategoriOverviewChart.h"
#include "results/ChartWidget.h"

namespace Tepat {

// The kategori counts of every OPD on screen, drawn by the same KategoriOverviewChart as the
// pemda's LKjIP page.
class KategoriOverviewWidget : public ChartWidget
{
    Q_OBJECT

public:
    explicit KategoriOverviewWidget(QWidget *parent = nullptr);

    void setData(KategoriOverviewChart::Data data);
    const KategoriOverviewChart::Data &data() const { return m_data; }
    // What paint draws at the widget's size, for a test.
    KategoriOverviewChart::Layout currentLayout() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintChart(QPainter &painter) const override;

private:
    KategoriOverviewChart::Data m_data;
};

} // namespace Tepat
