#include "report/KategoriOverviewChart.h"

#include "report/ChartCanvas.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace Tepat {

KategoriOverviewChart::Data KategoriOverviewChart::of(const QList<DashboardRows::Row> &rows,
                                                      const KategoriScale &scale,
                                                      const QString &noCapaian)
{
    Data data;
    for (const KategoriScale::Band &band : scale.bands()) {
        data.kategori.append(band.label);
        data.colours.append(band.colour.isEmpty() ? QColor() : QColor(band.colour));
    }
    data.kategori.append(noCapaian);
    data.colours.append(QColor());
    for (const DashboardRows::Row &row : rows) {
        if (row.opdId == 0)
            continue;
        Row counts {row.name, {}};
        for (const auto &[label, count] : row.summary.perKategori)
            counts.counts.append(count);
        counts.counts.append(row.summary.unmeasured);
        data.rows.append(counts);
    }
    return data;
}

qreal KategoriOverviewChart::preferredHeight(const QFont &font, qsizetype rowCount)
{
    return QFontMetricsF(font).lineSpacing() * (1.6 * qreal(rowCount) + 5);
}

KategoriOverviewChart::Layout
KategoriOverviewChart::layout(const QRectF &area, const Data &data, const QFont &font)
{
    const QFontMetricsF metrics(font);
    const qreal line = metrics.lineSpacing();
    const qreal gap = metrics.averageCharWidth();
    Layout result;

    // The legend first, wrapping to as many lines as it needs.
    qreal x = area.left();
    qreal y = area.top();
    const qreal keySize = line * 0.7;
    for (int i = 0; i < data.kategori.size(); ++i) {
        const qreal width = keySize + gap / 2 + metrics.horizontalAdvance(data.kategori[i]) + gap;
        if (x > area.left() && x + width > area.right()) {
            x = area.left();
            y += line * 1.2;
        }
        result.legend.append({QRectF(x, y + (line - keySize) / 2, keySize, keySize), i, 0});
        result.labels.append({QRectF(x + keySize + gap / 2, y, width - keySize - gap / 2, line),
                              data.kategori[i],
                              Qt::AlignLeft | Qt::AlignVCenter});
        x += width + gap * 2;
    }

    const qreal top = y + line * 1.8;
    const qreal bottom = area.bottom() - line * 1.5; // the axis' labels
    qreal nameWidth = 0;
    for (const Row &row : data.rows)
        nameWidth = std::max(nameWidth, metrics.horizontalAdvance(row.opd));
    nameWidth = std::min(nameWidth + gap, area.width() / 3);
    const qreal left = area.left() + nameWidth + gap;
    const qreal right = area.right() - gap * 4; // a narrow last count may stand beside its bar
    int most = 1;
    for (const Row &row : data.rows) {
        int total = 0;
        for (int count : row.counts)
            total += count;
        most = std::max(most, total);
    }
    const qreal rowHeight = data.rows.isEmpty() ? 0 : (bottom - top) / qreal(data.rows.size());
    const qreal barHeight = std::min(rowHeight * 0.7, line * 1.3);
    const qreal unit = (right - left) / most;

    for (qsizetype r = 0; r < data.rows.size(); ++r) {
        const Row &row = data.rows[r];
        const qreal rowTop = top + rowHeight * qreal(r);
        const qreal barTop = rowTop + (rowHeight - barHeight) / 2;
        result.labels.append({QRectF(area.left(), rowTop, nameWidth, rowHeight),
                              metrics.elidedText(row.opd, Qt::ElideRight, nameWidth),
                              Qt::AlignLeft | Qt::AlignVCenter});
        qreal start = left;
        for (int k = 0; k < row.counts.size(); ++k) {
            const int count = row.counts[k];
            if (count <= 0)
                continue;
            const QRectF rect(start, barTop, unit * count, barHeight);
            result.segments.append({rect, k, count});
            const QString text = QString::number(count);
            // Inside when it fits, else above the segment's end.
            const bool fits = metrics.horizontalAdvance(text) + gap / 2 <= rect.width();
            result.labels.append({fits ? rect
                                       : QRectF(rect.right() - gap,
                                                barTop - line,
                                                metrics.horizontalAdvance(text) + gap,
                                                line),
                                  text,
                                  Qt::AlignCenter,
                                  fits});
            start = rect.right();
        }
    }

    // The axis: a tick label at zero and at the largest total.
    result.axis = QLineF(left, bottom, right, bottom);
    for (int value : {0, most}) {
        const QString text = QString::number(value);
        const qreal width = metrics.horizontalAdvance(text) + gap;
        result.labels.append({QRectF(left + unit * value - width / 2, bottom, width, line), text});
    }
    return result;
}

void KategoriOverviewChart::paint(QPainter &painter,
                                  const QRectF &area,
                                  const Data &data,
                                  const CapaianChart::Style &style)
{
    const Layout placed = layout(area, data, style.font);
    const ChartCanvas canvas(painter, area, style);
    painter.setPen(QPen(style.line, 0));
    for (const QList<Segment> *segments : {&placed.legend, &placed.segments}) {
        for (const Segment &segment : *segments) {
            const QColor colour = data.colours.value(segment.kategori);
            painter.setBrush(colour.isValid() ? colour : QColor(Qt::lightGray));
            painter.drawRect(segment.rect);
        }
    }
    painter.drawLine(placed.axis);
    for (const Label &label : placed.labels) {
        // Dark text on the light band colours, which every kategori scale uses, whatever the
        // palette around them.
        painter.setPen(label.onColour ? QColor(Qt::black) : style.text);
        painter.drawText(label.rect, label.alignment, label.text);
    }
}

} // namespace Tepat
