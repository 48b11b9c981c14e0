#pragma once

#include "print/QrCode.h"

#include <QColor>
#include <QGlyphRun>
#include <QLineF>
#include <QList>
#include <QRectF>

namespace Tepat {

// One thing drawn on a page, in layout units: a line of text, a rule, a shaded area or a QR code,
// or an anchor, which draws nothing and names an area that something is put into after painting
// (the signing space of a signature block, where a digital signature's appearance goes). Text is
// kept as the positioned glyphs QTextLayout made, so painting draws exactly what the
// layout measured and never shapes or interprets the text again.
struct PageItem
{
    enum class Kind { Text, Rule, Fill, QrCode, Anchor };

    Kind kind = Kind::Text;
    QRectF rect {};             // Text: the inked line box; Fill, QrCode and Anchor: the area
    QPointF origin {};          // Text: the point the glyph positions are measured from
    qreal baseline = 0;         // Text
    QList<QGlyphRun> glyphs {}; // Text
    QLineF line {};             // Rule
    qreal penWidth = 0;         // Rule
    QColor color {};            // Fill
    QrCode qrCode {};           // QrCode
    QString anchor {};          // Anchor: what the area is for, e.g. "pihak-pertama"

    static PageItem rule(QLineF line, qreal penWidth);

    qreal top() const;
    qreal bottom() const;
    void translate(qreal dx, qreal dy);
};

} // namespace Tepat
