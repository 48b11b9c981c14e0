#include "print/PageItem.h"

namespace Tepat {

PageItem PageItem::rule(QLineF line, qreal penWidth)
{
    PageItem item;
    item.kind = Kind::Rule;
    item.line = line;
    item.penWidth = penWidth;
    return item;
}

qreal PageItem::top() const
{
    return kind == Kind::Rule ? std::min(line.y1(), line.y2()) : rect.top();
}

qreal PageItem::bottom() const
{
    return kind == Kind::Rule ? std::max(line.y1(), line.y2()) : rect.bottom();
}

void PageItem::translate(qreal dx, qreal dy)
{
    rect.translate(dx, dy);
    baseline += dy;
    origin += QPointF(dx, dy);
    line.translate(dx, dy);
}

} // namespace Tepat
