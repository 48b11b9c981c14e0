#pragma once

#include "print/QrCode.h"

#include <QColor>
#include <QGlyphRun>
#include <QLineF>
#include <QList>
#include <QRectF>

namespace Tepat {

// One thing drawn on a page, in layout units: a line of text, a rule, a shaded area or a QR code.
// Text is kept as the positioned glyphs QTextLayout made, so painting draws exactly what the
// layout measured and never shapes or interprets the text again.
struct PageItem
{
    enum class Kind { Text, Rule, Fill, QrCode };

    Kind kind = Kind::Text;
    QRectF rect {};             // Text: the inked line box; Fill and QrCode: the area
    QPointF origin {};          // Text: the point the glyph positions are measured from
    qreal baseline = 0;         // Text
    QList<QGlyphRun> glyphs {}; // Text
    QLineF line {};             // Rule
    qreal penWidth = 0;         // Rule
    QColor color {};            // Fill
    QrCode qrCode {};           // QrCode

    static PageItem rule(QLineF line, qreal penWidth);

    qreal top() const;
    qreal bottom() const;
    void translate(qreal dx, qreal dy);
};

} // namespace Tepat
