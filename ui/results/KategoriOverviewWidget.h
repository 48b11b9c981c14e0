#pragma once

#include "report/KategoriOverviewChart.h"

#include <QWidget>

namespace Tepat {

// The kategori counts of every OPD on screen, drawn by the same KategoriOverviewChart as the
// pemda's LKjIP page, in the widget's font and palette (so the projector view applies).
class KategoriOverviewWidget : public QWidget
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
    void paintEvent(QPaintEvent *event) override;

private:
    QRectF chartArea() const;

    KategoriOverviewChart::Data m_data;
};

} // namespace Tepat
