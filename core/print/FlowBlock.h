#pragma once

#include "print/PageItem.h"

namespace Tepat {

// A piece of a document that PageFlow puts on pages: a paragraph, a table row or a sasaran with
// its indicator rows, a signature block. y = 0 is the block's top; x is measured on the page.
// A block without breaks always moves to the next page whole.
struct FlowBlock
{
    // Heights and breaks add up in floating point: lengths closer than this are the same place.
    static constexpr qreal epsilon = 0.01;

    qreal height = 0;
    QList<PageItem> items;
    // Where the block may go on on the next page, ascending, each inside (0, height): between
    // the rows of a group, between the lines of a paragraph.
    QList<qreal> breaks;
    // Between lines of text only, never through one: used when what lies between two breaks is
    // taller than an empty page, so that a huge cell still loses no line.
    QList<qreal> lineBreaks;
    // Table cells: the x of each vertical rule. Each piece of the block on a page is boxed by
    // them, with rules across its top and bottom.
    QList<qreal> frameEdges;
    qreal framePen = 0;
    // Spanning cells (a sasaran and its number) whose text ends at repeatFrom: a piece that starts
    // lower shows them again at its top, so a group continued on the next page still names them.
    QList<PageItem> repeatItems;
    qreal repeatHeight = 0;
    qreal repeatFrom = 0;
};

} // namespace Tepat
