#include "report/TriwulanChart.h"

#include "measure/TargetInForce.h"
#include "model/Cascade.h"
#include "report/ChartCanvas.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace Tepat {

namespace {

// The realisasi's fill; the target's bar is hatched in the line colour, so the two differ on a
// black-and-white printout too.
QColor realisasiColour()
{
    return {0x2f, 0x6d, 0xb5};
}

std::optional<Decimal> height(const TargetValue &value)
{
    if (value.kind() != TargetValue::Kind::Number)
        return std::nullopt;
    return value.number();
}

// The top of the value axis: a little above the highest number, so that the labels over the
// bars stay inside the plot.
double axisTop(const TriwulanChart::Data &data)
{
    double top = 0;
    const auto raise = [&](const std::optional<Decimal> &value) {
        if (value)
            top = std::max(top, value->toDouble());
    };
    raise(data.annual);
    for (const TriwulanChart::Quarter &quarter : data.quarters) {
        raise(quarter.target);
        raise(quarter.realisasi);
    }
    return top > 0 ? top * 1.2 : 1;
}

} // namespace

TriwulanChart::Data
TriwulanChart::of(const Cascade &cascade, const Indicator &indicator, const Words &words)
{
    Data data;
    data.indicator = indicator.text;
    data.words = words;
    // The year's target as it stands at the year's end, after any PK Perubahan.
    const TargetValue annual
        = TargetInForce::of(cascade, indicator, Realisasi::quarterCount).annual;
    data.annual = height(annual);
    data.annualText = annual.toString();
    for (int quarter = 1; quarter <= Realisasi::quarterCount; ++quarter) {
        const TargetValue target
            = TargetInForce::of(cascade, indicator, quarter).quarterly[quarter - 1];
        const TargetValue &realisasi = indicator.realisasi.triwulan(quarter).realisasi;
        data.quarters.append(Quarter {Realisasi::quarterName(quarter),
                                      height(target),
                                      target.toString(),
                                      height(realisasi),
                                      realisasi.toString()});
    }
    return data;
}

qreal TriwulanChart::preferredHeight(const QFont &font)
{
    return QFontMetricsF(font).lineSpacing() * 14;
}

TriwulanChart::Layout TriwulanChart::layout(const QRectF &area, const Data &data, const QFont &font)
{
    const QFontMetricsF metrics(font);
    const qreal line = metrics.lineSpacing();
    const qreal gap = metrics.averageCharWidth();
    Layout result;

    // The legend on the first line: a key, then its words.
    qreal x = area.left();
    const qreal keySize = line * 0.7;
    for (const QString &words : {data.words.target, data.words.realisasi}) {
        result.legendKeys.append(QRectF(x, area.top() + (line - keySize) / 2, keySize, keySize));
        x += keySize + gap / 2;
        const qreal width = metrics.horizontalAdvance(words) + gap;
        result.labels.append({QRectF(x, area.top(), width, line), words});
        x += width + gap * 2;
    }

    const qreal top = area.top() + line * 2.5;       // room for the numbers over the highest bar
    const qreal bottom = area.bottom() - line * 1.5; // the triwulan names
    const qreal left = area.left();
    // The year's target is written at the right end of its line.
    const QString annualLabel = data.words.annual.arg(data.annualText);
    const qreal right
        = area.right() - (data.annual ? metrics.horizontalAdvance(annualLabel) + gap : 0);
    const double maximum = axisTop(data);
    const auto yOf = [&](double value) {
        return bottom - (bottom - top) * std::clamp(value, 0.0, maximum) / maximum;
    };
    result.baseline = QLineF(left, bottom, right, bottom);

    const qreal slot = (right - left) / qreal(std::max<qsizetype>(1, data.quarters.size()));
    const qreal barWidth = std::min(slot * 0.32, line * 4);
    bool anyNumber = false;
    for (qsizetype i = 0; i < data.quarters.size(); ++i) {
        const Quarter &quarter = data.quarters[i];
        const qreal centre = left + slot * (qreal(i) + 0.5);
        result.labels.append(
            {QRectF(centre - slot / 2, bottom + line * 0.25, slot, line), quarter.name});
        const auto place = [&](const std::optional<Decimal> &value,
                               const QString &text,
                               qreal barLeft,
                               QList<QRectF> &bars) {
            if (text.isEmpty())
                return;
            qreal textBottom = bottom;
            if (value) {
                const QRectF bar(QPointF(barLeft, yOf(value->toDouble())),
                                 QPointF(barLeft + barWidth, bottom));
                bars.append(bar);
                textBottom = bar.top();
                anyNumber = true;
            }
            // A grade or a range has no height: its text stands on the baseline.
            result.labels.append(
                {QRectF(barLeft - gap, textBottom - line, barWidth + 2 * gap, line), text});
        };
        place(quarter.target, quarter.targetText, centre - barWidth - gap / 4, result.targetBars);
        place(quarter.realisasi, quarter.realisasiText, centre + gap / 4, result.realisasiBars);
    }
    if (data.annual) {
        const qreal y = yOf(data.annual->toDouble());
        result.annualLine = QLineF(left, y, right, y);
        result.labels.append(
            {QRectF(right + gap, y - line / 2, area.right() - right, line), annualLabel});
        anyNumber = true;
    }
    if (!anyNumber) {
        result.labels.append(
            {QRectF(left, top, right - left, bottom - top - line), data.words.noNumbers});
    }
    return result;
}

void TriwulanChart::paint(QPainter &painter,
                          const QRectF &area,
                          const Data &data,
                          const CapaianChart::Style &style)
{
    const Layout placed = layout(area, data, style.font);
    const ChartCanvas canvas(painter, area, style);
    const QPen outline(style.line, 0);
    const QBrush hatched(style.line, Qt::BDiagPattern);

    for (const QRectF &bar : placed.targetBars) {
        painter.fillRect(bar, style.background);
        painter.fillRect(bar, hatched);
    }
    for (const QRectF &bar : placed.realisasiBars)
        painter.fillRect(bar, realisasiColour());
    if (placed.legendKeys.size() == 2) {
        painter.fillRect(placed.legendKeys[0], hatched);
        painter.fillRect(placed.legendKeys[1], realisasiColour());
    }
    painter.setPen(outline);
    painter.setBrush(Qt::NoBrush);
    for (const QList<QRectF> *bars :
         {&placed.targetBars, &placed.realisasiBars, &placed.legendKeys}) {
        for (const QRectF &bar : *bars)
            painter.drawRect(bar);
    }
    painter.drawLine(placed.baseline);
    if (placed.annualLine) {
        QPen dashed(style.line, std::max(1.0, QFontMetricsF(style.font).lineSpacing() / 8));
        dashed.setStyle(Qt::DashLine);
        painter.setPen(dashed);
        painter.drawLine(*placed.annualLine);
    }
    painter.setPen(style.text);
    for (const Label &label : placed.labels) {
        painter.drawText(
            label.rect, Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, label.text);
    }
}

} // namespace Tepat
