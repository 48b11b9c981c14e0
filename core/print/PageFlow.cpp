#include "print/PageFlow.h"

#include <utility>

namespace Tepat {

PageFlow::PageFlow(const QRectF &body)
    : m_body(body)
    , m_pages(1)
    , m_y(body.top())
{}

void PageFlow::addSpace(qreal height)
{
    m_pendingSpace += height;
}

void PageFlow::beginTable(const FlowBlock &header)
{
    m_header = header;
    m_tableOpen = true;
    m_headerOnPage = false;
}

void PageFlow::endTable()
{
    m_tableOpen = false;
}

void PageFlow::newPage()
{
    if (!m_hasContent)
        return;
    m_pages.append(LaidOutDocument::Page());
    m_y = m_body.top();
    m_pendingSpace = 0;
    m_hasContent = false;
    m_headerOnPage = false;
}

QList<LaidOutDocument::Page> PageFlow::takePages()
{
    if (!m_hasContent && m_pages.size() > 1)
        m_pages.removeLast();
    return std::exchange(m_pages, {});
}

void PageFlow::place(const FlowBlock &block, qreal keepWithNext)
{
    qreal from = 0;
    for (;;) {
        // A piece that starts below the spanning text shows it again and is at least as tall.
        const qreal repeat = from > 0 && !block.repeatItems.isEmpty() && from >= block.repeatFrom
            ? block.repeatHeight
            : 0;
        const qreal header = m_tableOpen && !m_headerOnPage ? m_header.height : 0;
        const qreal space = m_hasContent ? m_pendingSpace : 0;
        const qreal available = m_body.bottom() - m_y - space - header;
        const qreal rest = std::max(block.height - from, repeat);
        if (rest + keepWithNext <= available + FlowBlock::epsilon) {
            emitPiece(block, from, block.height, repeat);
            return;
        }
        qreal to = lastBreak(block.breaks, from, available, repeat);
        if (to < 0 && !m_hasContent)
            to = lastBreak(block.lineBreaks, from, available, repeat);
        if (to < 0) {
            if (m_hasContent) {
                newPage();
                continue;
            }
            // An empty page and still no place to break: the rest is one piece that what follows
            // cannot join, or a single line taller than a page. It goes here whole.
            emitPiece(block, from, block.height, repeat);
            return;
        }
        emitPiece(block, from, to, repeat);
        newPage();
        from = to;
    }
}

qreal PageFlow::lastBreak(const QList<qreal> &breaks,
                          qreal from,
                          qreal available,
                          qreal repeat) const
{
    qreal best = -1;
    for (qreal at : breaks) {
        if (at <= from + FlowBlock::epsilon)
            continue;
        if (std::max(at - from, repeat) > available + FlowBlock::epsilon)
            break;
        best = at;
    }
    return best;
}

void PageFlow::emitPiece(const FlowBlock &block, qreal from, qreal to, qreal repeat)
{
    LaidOutDocument::Page &page = m_pages.last();
    if (m_hasContent)
        m_y += m_pendingSpace;
    m_pendingSpace = 0;
    if (m_tableOpen && !m_headerOnPage) {
        for (PageItem item : m_header.items) {
            item.translate(0, m_y);
            page.items.append(item);
        }
        emitFrame(m_header, m_y, m_header.height);
        m_y += m_header.height;
        m_headerOnPage = true;
    }

    const qreal top = m_y;
    const qreal height = std::max(to - from, repeat);
    const bool last = to >= block.height - FlowBlock::epsilon;
    if (repeat > 0) {
        for (PageItem item : block.repeatItems) {
            item.translate(0, top);
            page.items.append(item);
        }
    }
    for (PageItem item : block.items) {
        const qreal itemTop = item.top();
        if (itemTop < from - FlowBlock::epsilon || (itemTop > to - FlowBlock::epsilon && !last))
            continue;
        item.translate(0, top - from);
        page.items.append(item);
    }
    // After the items, so that a shaded cell does not cover its rules.
    emitFrame(block, top, height);
    m_y = top + height;
    m_hasContent = true;
}

void PageFlow::emitFrame(const FlowBlock &block, qreal top, qreal height)
{
    if (block.frameEdges.isEmpty())
        return;
    LaidOutDocument::Page &page = m_pages.last();
    const qreal left = block.frameEdges.first();
    const qreal right = block.frameEdges.last();
    const qreal bottom = top + height;
    page.items.append(PageItem::rule(QLineF(left, top, right, top), block.framePen));
    page.items.append(PageItem::rule(QLineF(left, bottom, right, bottom), block.framePen));
    for (qreal x : block.frameEdges)
        page.items.append(PageItem::rule(QLineF(x, top, x, bottom), block.framePen));
}

} // namespace Tepat
