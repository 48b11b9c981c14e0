#include "print/DocumentPainter.h"

#include "values/LayoutUnits.h"

#include <QPainterPath>

namespace Tepat {

namespace {

void paintQrCode(QPainter &painter, const PageItem &item)
{
    const QrCode &code = item.qrCode;
    const qreal module = item.rect.width() / code.size();
    // One rectangle per run of dark modules in a row: far fewer path elements than one per
    // module, and no hairline seams inside a run when a viewer anti-aliases.
    QPainterPath path;
    for (int y = 0; y < code.size(); ++y) {
        for (int x = 0; x < code.size();) {
            if (!code.isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < code.size() && code.isDark(x, y))
                ++x;
            path.addRect(QRectF(item.rect.left() + start * module,
                                item.rect.top() + y * module,
                                (x - start) * module,
                                module));
        }
    }
    painter.fillPath(path, Qt::black);
}

} // namespace

DocumentPainter::DocumentPainter(QPagedPaintDevice &device)
    : m_device(device)
{}

bool DocumentPainter::paint(const LaidOutDocument &document,
                            const std::function<void(QPainter &, const PageItem &)> &anchors)
{
    QPageLayout layout(document.paper.pageSize(),
                       document.paper.orientation() == PaperFormat::Orientation::Landscape
                           ? QPageLayout::Landscape
                           : QPageLayout::Portrait,
                       QMarginsF());
    // A printer in the standard mode keeps its own minimum margins and would move the page.
    layout.setMode(QPageLayout::FullPageMode);
    for (const LaidOutDocument::Page &page : document.pages) {
        // Before begin() the layout sets the first page; later it sets the page newPage() adds.
        m_device.setPageLayout(layout);
        const bool started = m_painter.isActive() ? m_device.newPage() : m_painter.begin(&m_device);
        if (!started)
            return false;
        m_painter.resetTransform();
        m_painter.scale(m_device.logicalDpiX() / LayoutUnits::perInch,
                        m_device.logicalDpiY() / LayoutUnits::perInch);
        paintPage(m_painter, page);
        for (const PageItem &item : page.items) {
            if (anchors && item.kind == PageItem::Kind::Anchor)
                anchors(m_painter, item);
        }
    }
    return true;
}

bool DocumentPainter::finish()
{
    return !m_painter.isActive() || m_painter.end();
}

void DocumentPainter::paintPage(QPainter &painter, const LaidOutDocument::Page &page)
{
    painter.save();
    painter.setPen(Qt::black);
    for (const PageItem &item : page.items) {
        switch (item.kind) {
        case PageItem::Kind::Text:
            for (const QGlyphRun &run : item.glyphs)
                painter.drawGlyphRun(item.origin, run);
            break;
        case PageItem::Kind::Rule:
            painter.setPen(QPen(Qt::black, item.penWidth, Qt::SolidLine, Qt::SquareCap));
            painter.drawLine(item.line);
            painter.setPen(Qt::black);
            break;
        case PageItem::Kind::Fill:
            painter.fillRect(item.rect, item.color);
            break;
        case PageItem::Kind::QrCode:
            paintQrCode(painter, item);
            break;
        case PageItem::Kind::Anchor:
            break;
        }
    }
    painter.restore();
}

} // namespace Tepat
