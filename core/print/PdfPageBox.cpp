#include "print/PdfPageBox.h"

namespace Tepat {

namespace {

QByteArray mediaBox(qreal width, qreal height)
{
    return QByteArrayLiteral("/MediaBox [0 0 ") + QByteArray::number(width, 'f', 6) + ' '
        + QByteArray::number(height, 'f', 6) + ']';
}

} // namespace

QByteArray PdfPageBox::exactSize(QByteArray pdf, const PaperFormat &paper)
{
    if (paper.size() != PaperFormat::Size::F4)
        return pdf;
    const QPageSize pageSize = paper.pageSize();
    const bool turned = paper.orientation() == PaperFormat::Orientation::Landscape;
    const QSize standing = pageSize.sizePoints();
    const QSize written = turned ? standing.transposed() : standing;
    // From millimetres: Qt gives the size in points rounded too.
    const QSizeF exactStanding = pageSize.size(QPageSize::Millimeter) * 72 / 25.4;
    const QSizeF exact = turned ? exactStanding.transposed() : exactStanding;
    const QByteArray from = mediaBox(written.width(), written.height());
    const QByteArray to = mediaBox(exact.width(), exact.height());
    Q_ASSERT(from.size() == to.size());
    return pdf.replace(from, to);
}

} // namespace Tepat
