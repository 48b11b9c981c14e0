#include "report/CapaianChart.h"

#include "report/ChartCanvas.h"
#include "values/IndonesianNumber.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextOption>

#include <algorithm>

namespace Tepat {

namespace {

QString percent(int value)
{
    return QStringLiteral("%1 %").arg(value);
}

} // namespace

QList<CapaianChart::Bar>
CapaianChart::bars(const MeasuredPk &measured, const KategoriScale &scale, const QString &noCapaian)
{
    QList<Bar> result;
    for (const MeasuredPk::Sasaran &sasaran : measured.sasaran) {
        for (const MeasuredPk::Row &row : sasaran.rows) {
            Bar bar {row.indicator->text, row.capaian.value, noCapaian, {}};
            if (row.capaian.value) {
                bar.valueText = Capaian::percentText(*row.capaian.value);
                if (row.capaian.kategori) {
                    const KategoriScale::Band &band = scale.bands().value(*row.capaian.kategori);
                    bar.valueText += QLatin1Char(' ') + row.capaian.kategoriLabel;
                    if (!band.colour.isEmpty())
                        bar.colour = QColor(band.colour);
                }
            }
            result.append(bar);
        }
    }
    return result;
}

int CapaianChart::axisMaximum(const QList<Bar> &bars)
{
    int maximum = 120;
    for (const Bar &bar : bars) {
        if (bar.value)
            maximum = std::max(maximum, (int(bar.value->toDouble()) / 20 + 1) * 20);
    }
    return maximum;
}

qreal CapaianChart::preferredHeight(const Style &style, qsizetype barCount)
{
    const QFontMetricsF metrics(style.font);
    return metrics.lineSpacing() * (2.6 * qreal(barCount) + 3);
}

void CapaianChart::paint(QPainter &painter,
                         const QRectF &area,
                         const QList<Bar> &bars,
                         const Style &style)
{
    const ChartCanvas canvas(painter, area, style);
    const QFontMetricsF metrics(style.font);
    const qreal line = metrics.lineSpacing();
    const qreal gap = metrics.averageCharWidth();
    // The label column takes a third of the width; the value and kategori follow each bar, so
    // the bars end that text's width before the right edge.
    qreal valueWidth = metrics.horizontalAdvance(percent(axisMaximum(bars)));
    for (const Bar &bar : bars)
        valueWidth = std::max(valueWidth, metrics.horizontalAdvance(bar.valueText));
    const qreal labelWidth = area.width() / 3;
    const qreal left = area.left() + labelWidth + gap;
    const qreal right = std::max(left + gap, area.right() - valueWidth - 2 * gap);
    const qreal top = area.top() + line * 1.5;       // the 100 % line's label
    const qreal bottom = area.bottom() - line * 1.5; // the axis' labels
    const qreal rowHeight = bars.isEmpty() ? 0 : (bottom - top) / qreal(bars.size());
    const int maximum = axisMaximum(bars);
    const auto xOf = [&](double value) {
        return left + (right - left) * std::clamp(value, 0.0, double(maximum)) / maximum;
    };

    QList<QRectF> numbers; // where each bar's number goes
    QTextOption wrap(Qt::AlignLeft | Qt::AlignVCenter);
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    for (qsizetype i = 0; i < bars.size(); ++i) {
        const Bar &bar = bars[i];
        const qreal y = top + rowHeight * qreal(i);
        // At most the lines that fit the row; a longer indicator is cut at the last one.
        const int lines = std::max(1, int(rowHeight / line));
        QString label = bar.label;
        QRectF labelRect(area.left(), y, labelWidth, rowHeight);
        if (metrics.horizontalAdvance(label) > labelWidth * lines)
            label = metrics.elidedText(label, Qt::ElideRight, labelWidth * lines - gap * 2);
        painter.setPen(style.text);
        painter.drawText(labelRect, label, wrap);
        const qreal barHeight = std::min(rowHeight * 0.6, line * 1.4);
        const qreal barTop = y + (rowHeight - barHeight) / 2;
        qreal textX = left + gap;
        if (bar.value) {
            const QRectF rect(QPointF(left, barTop),
                              QPointF(xOf(bar.value->toDouble()), barTop + barHeight));
            painter.fillRect(rect, bar.colour.isValid() ? bar.colour : QColor(Qt::gray));
            painter.setPen(QPen(style.line, 0));
            painter.drawRect(rect);
            textX = rect.right() + gap;
        }
        numbers.append(QRectF(textX, y, area.right() - textX, rowHeight));
    }
    // Over the bars, under their numbers.
    const qreal hundred = xOf(100);
    QPen target(style.line, std::max(1.0, line / 8));
    target.setStyle(Qt::DashLine);
    painter.setPen(target);
    painter.drawLine(QPointF(hundred, top - line * 0.3), QPointF(hundred, bottom));
    painter.setPen(style.text);
    const QString label = percent(100);
    painter.drawText(QPointF(hundred - metrics.horizontalAdvance(label) / 2, top - line * 0.5),
                     label);

    for (qsizetype i = 0; i < bars.size(); ++i) {
        // On the background, so that the 100 % line does not run through the number.
        const QRectF inked
            = painter.boundingRect(numbers[i], Qt::AlignLeft | Qt::AlignVCenter, bars[i].valueText);
        painter.fillRect(inked.adjusted(-gap / 2, 0, gap / 2, 0), style.background);
        painter.drawText(numbers[i], Qt::AlignLeft | Qt::AlignVCenter, bars[i].valueText);
    }

    // The axis with a tick at every 20 %, labelled at every 40 %.
    painter.setPen(QPen(style.line, 0));
    painter.drawLine(QPointF(left, bottom), QPointF(right, bottom));
    painter.drawLine(QPointF(left, top), QPointF(left, bottom));
    for (int value = 0; value <= maximum; value += 20) {
        const qreal x = xOf(value);
        painter.drawLine(QPointF(x, bottom), QPointF(x, bottom + line * 0.3));
        if (value % 40 == 0 && value != 100) {
            const QString text = percent(value);
            const qreal width = metrics.horizontalAdvance(text);
            painter.drawText(QPointF(x - width / 2, bottom + line * 0.3 + metrics.ascent()), text);
        }
    }
}

} // namespace Tepat
