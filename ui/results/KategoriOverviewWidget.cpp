#include "results/KategoriOverviewWidget.h"

#include <QPainter>

namespace Tepat {

KategoriOverviewWidget::KategoriOverviewWidget(QWidget *parent)
    : ChartWidget(parent)
{}

void KategoriOverviewWidget::setData(KategoriOverviewChart::Data data)
{
    m_data = std::move(data);
    QStringList described;
    for (const KategoriOverviewChart::Row &row : std::as_const(m_data.rows)) {
        QStringList counts;
        for (qsizetype k = 0; k < row.counts.size() && k < m_data.kategori.size(); ++k)
            counts.append(QStringLiteral("%1 %2").arg(m_data.kategori[k]).arg(row.counts[k]));
        described.append(tr("%1: %2").arg(row.opd, counts.join(QStringLiteral(", "))));
    }
    describe(described);
}

KategoriOverviewChart::Layout KategoriOverviewWidget::currentLayout() const
{
    return KategoriOverviewChart::layout(chartArea(), m_data, font());
}

QSize KategoriOverviewWidget::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 100,
            int(KategoriOverviewChart::preferredHeight(font(), m_data.rows.size()))};
}

QSize KategoriOverviewWidget::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 40,
            int(fontMetrics().lineSpacing() * (1.2 * qreal(m_data.rows.size()) + 4))};
}

void KategoriOverviewWidget::paintChart(QPainter &painter) const
{
    KategoriOverviewChart::paint(painter, chartArea(), m_data, chartStyle());
}

} // namespace Tepat
