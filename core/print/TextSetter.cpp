#include "print/TextSetter.h"

#include <QTextLayout>

namespace Tepat {

TextSetter::Lines TextSetter::set(
    const QString &text, const QFont &font, qreal width, Qt::Alignment alignment, QPointF topLeft)
{
    Lines lines;
    if (text.isEmpty())
        return lines;
    QTextLayout layout(text, font);
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal y = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setLeadingIncluded(true);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();

    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        PageItem item;
        item.kind = PageItem::Kind::Text;
        item.origin = topLeft;
        const QRectF ink = line.naturalTextRect();
        item.rect
            = QRectF(topLeft.x() + ink.x(), topLeft.y() + line.y(), ink.width(), line.height());
        item.baseline = topLeft.y() + line.y() + line.ascent();
        item.glyphs = line.glyphRuns();
        lines.items.append(item);
    }
    lines.height = y;
    return lines;
}

} // namespace Tepat
