#pragma once

#include "print/LaidOutDocument.h"

#include <QPagedPaintDevice>
#include <QPainter>

#include <functional>

namespace Tepat {

// Paints laid-out documents one after the other on any paged device: QPdfWriter for export, and
// QPrinter for printing (the ui's part: QPrinter lives in QtPrintSupport, a widgets module), so
// what is previewed and exported is what is printed. Layout coordinates start at the paper's
// corner, so a QPrinter must print the full page (QPrinter::setFullPage(true)).
class DocumentPainter
{
public:
    explicit DocumentPainter(QPagedPaintDevice &device);

    // False when the device could not be painted on (an unwritable file, a stopped printer).
    // anchors, when given, draws into each anchor's area after its page (a report's chart).
    bool paint(const LaidOutDocument &document,
               const std::function<void(QPainter &, const PageItem &)> &anchors = {});
    bool finish();

    // One page in layout units, for any painter: a preview scales it to its widget.
    static void paintPage(QPainter &painter, const LaidOutDocument::Page &page);

private:
    QPagedPaintDevice &m_device;
    QPainter m_painter;
};

} // namespace Tepat
