#pragma once

#include "print/PageItem.h"

#include <QFont>

namespace Tepat {

// Breaks one paragraph of plain text into lines of a given width with QTextLayout. QTextLayout
// never reads markup, so "<b>Budi</b>" is set as those ten characters; a word longer than the
// line is broken inside, so no text runs out of its cell.
class TextSetter
{
public:
    struct Lines
    {
        QList<PageItem> items; // one Text item per line, top to bottom
        qreal height = 0;      // from the top of the first line to the bottom of the last
    };

    static Lines set(const QString &text,
                     const QFont &font,
                     qreal width,
                     Qt::Alignment alignment,
                     QPointF topLeft);
};

} // namespace Tepat
