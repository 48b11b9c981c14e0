#include "print/FlowTable.h"

#include "print/TextSetter.h"

#include <QFontMetricsF>

#include <algorithm>

namespace Tepat {

FlowTable::FlowTable(qreal left, QList<Column> columns, Style style)
    : m_left(left)
    , m_columns(std::move(columns))
    , m_style(std::move(style))
{}

qreal FlowTable::columnX(int column) const
{
    qreal x = m_left;
    for (int i = 0; i < column; ++i)
        x += m_columns[i].width;
    return x;
}

qreal FlowTable::setCell(const Cell &cell, int column, qreal y, QList<PageItem> &items) const
{
    Q_ASSERT(column + cell.columns <= m_columns.size());
    const qreal x = columnX(column) + m_style.paddingX;
    const qreal width = columnX(column + cell.columns) - m_style.paddingX - x;
    const Qt::Alignment alignment = cell.alignment ? cell.alignment : m_columns[column].alignment;
    const TextSetter::Lines lines = TextSetter::set(cell.text,
                                                    cell.bold ? m_style.boldFont : m_style.font,
                                                    width,
                                                    alignment,
                                                    QPointF(x, y + m_style.paddingY));
    items += lines.items;
    qreal height = lines.height;
    if (!cell.note.isEmpty()) {
        QFont small = m_style.font;
        small.setPixelSize(qRound(small.pixelSize() * 0.8));
        const TextSetter::Lines note = TextSetter::set(
            cell.note, small, width, alignment, QPointF(x, y + m_style.paddingY + height));
        items += note.items;
        height += note.height;
    }
    return height + 2 * m_style.paddingY;
}

FlowBlock FlowTable::group(const QList<Cell> &spanning, const QList<QList<Cell>> &rows) const
{
    FlowBlock block;
    // An empty row is as tall as one line, so that a blank cell still shows as a row.
    const qreal emptyRow = QFontMetricsF(m_style.font).lineSpacing() + 2 * m_style.paddingY;

    int column = 0;
    qreal spanHeight = 0;
    QList<qreal> edges {columnX(0)};
    for (const Cell &cell : spanning) {
        spanHeight = std::max(spanHeight, setCell(cell, column, 0, block.repeatItems));
        column += cell.columns;
        edges.append(columnX(column));
    }
    const int firstRowColumn = column;
    block.items = block.repeatItems;

    QList<qreal> rowTops;
    qreal y = 0;
    for (const QList<Cell> &row : rows) {
        rowTops.append(y);
        qreal height = emptyRow;
        column = firstRowColumn;
        for (const Cell &cell : row) {
            height = std::max(height, setCell(cell, column, y, block.items));
            column += cell.columns;
            if (rowTops.size() == 1)
                edges.append(columnX(column));
        }
        y += height;
    }
    block.height = std::max(y, spanHeight);
    findBreaks(block, rowTops);
    if (m_style.rulePen > 0) {
        const qreal left = columnX(firstRowColumn);
        const qreal right = columnX(m_columns.size());
        for (qsizetype i = 1; i < rowTops.size(); ++i) {
            block.items.append(
                PageItem::rule(QLineF(left, rowTops[i], right, rowTops[i]), m_style.rulePen));
        }
        block.frameEdges = edges;
        block.framePen = m_style.rulePen;
    }
    // Indicator rows continued on the next page get their sasaran again once its own text is
    // done; before that, the text itself runs on.
    if (!block.repeatItems.isEmpty()) {
        block.repeatHeight = spanHeight;
        block.repeatFrom = spanHeight - m_style.paddingY;
    }
    return block;
}

void FlowTable::findBreaks(FlowBlock &block, const QList<qreal> &rowTops) const
{
    QList<std::pair<qreal, qreal>> lines;
    for (const PageItem &item : block.items) {
        if (item.kind == PageItem::Kind::Text)
            lines.append({item.top(), item.bottom()});
    }
    const auto breakable = [&](qreal at) {
        return at > FlowBlock::epsilon && at < block.height - FlowBlock::epsilon
            && std::none_of(lines.begin(), lines.end(), [at](const auto &line) {
                   return line.first < at - FlowBlock::epsilon
                       && line.second > at + FlowBlock::epsilon;
               });
    };
    for (qreal at : rowTops) {
        if (breakable(at))
            block.breaks.append(at);
    }
    QList<qreal> candidates = rowTops;
    for (const auto &line : lines)
        candidates.append(line.second);
    std::sort(candidates.begin(), candidates.end());
    for (qreal at : candidates) {
        const bool repeated
            = !block.lineBreaks.isEmpty() && at - block.lineBreaks.last() < FlowBlock::epsilon;
        if (breakable(at) && !repeated)
            block.lineBreaks.append(at);
    }
}

FlowBlock FlowTable::header(const QList<QList<Cell>> &rows, const QColor &shade) const
{
    FlowBlock block = group({}, rows);
    const QRectF area(columnX(0), 0, columnX(m_columns.size()) - columnX(0), block.height);
    block.items.prepend(PageItem {.kind = PageItem::Kind::Fill, .rect = area, .color = shade});
    block.breaks.clear();
    block.lineBreaks.clear();
    return block;
}

} // namespace Tepat
