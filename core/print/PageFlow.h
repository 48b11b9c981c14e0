#pragma once

#include "print/FlowBlock.h"
#include "print/LaidOutDocument.h"

namespace Tepat {

// Puts blocks on pages one after the other within the body area, breaking a block only where it
// allows (never through a line of text), repeating an open table's header at the top of each page
// and keeping a block with what must follow it, so that a signature block never starts a page
// alone. Pure geometry: it knows nothing of PKs.
class PageFlow
{
public:
    explicit PageFlow(const QRectF &body);

    // Space before the next block; dropped at the top of a page.
    void addSpace(qreal height);
    // Until endTable(), every page a block lands on starts with this header. The first copy goes
    // down with the first piece of the next block, so a header is never alone at a page's foot.
    void beginTable(const FlowBlock &header);
    void endTable();
    // keepWithNext is the height of what follows and must not open a page alone: the block's last
    // piece leaves that much room below it, or part of the block moves on to the next page too.
    void place(const FlowBlock &block, qreal keepWithNext = 0);
    // Starts a page unless the current one is still empty.
    void newPage();

    QList<LaidOutDocument::Page> takePages();

private:
    qreal lastBreak(const QList<qreal> &breaks, qreal from, qreal available, qreal repeat) const;
    void emitPiece(const FlowBlock &block, qreal from, qreal to, qreal repeat);
    void emitFrame(const FlowBlock &block, qreal top, qreal height);

    QRectF m_body;
    QList<LaidOutDocument::Page> m_pages;
    qreal m_y = 0;
    qreal m_pendingSpace = 0;
    bool m_hasContent = false; // the current page holds a block, not just a header
    bool m_tableOpen = false;
    bool m_headerOnPage = false;
    FlowBlock m_header;
};

} // namespace Tepat
