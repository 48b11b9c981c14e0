#include "values/PaperFormat.h"

#include "values/LayoutUnits.h"

namespace Tepat {

Result<PaperFormat> PaperFormat::fromName(QStringView name)
{
    if (name.compare(u"a4", Qt::CaseInsensitive) == 0)
        return PaperFormat(Size::A4);
    if (name.compare(u"f4", Qt::CaseInsensitive) == 0)
        return PaperFormat(Size::F4);
    return fail(Error(
        Error::Code::Invalid,
        tr("\"%1\" is not a paper size Tepat prints on; use a4 or f4.").arg(name.toString())));
}

QPageSize PaperFormat::pageSize() const
{
    if (m_size == Size::A4)
        return QPageSize(QPageSize::A4);
    return QPageSize(
        QSizeF(215, 330), QPageSize::Millimeter, QStringLiteral("F4"), QPageSize::ExactMatch);
}

QSizeF PaperFormat::paperSize() const
{
    // The whole points of the page QPdfWriter and QPrinter paint on, so the layout and the device
    // agree; PdfPageBox then gives an F4 PDF its exact size, a fraction of a point more.
    const QSizeF standing = pageSize().size(QPageSize::Point) * LayoutUnits::perPoint;
    return m_orientation == Orientation::Landscape ? standing.transposed() : standing;
}

QRectF PaperFormat::bodyRect() const
{
    const QSizeF paper = paperSize();
    const qreal top = LayoutUnits::fromMillimetres(20);
    const qreal bottom = LayoutUnits::fromMillimetres(25);
    const qreal left = LayoutUnits::fromMillimetres(30);
    const qreal right = LayoutUnits::fromMillimetres(20);
    return QRectF(left, top, paper.width() - left - right, paper.height() - top - bottom);
}

} // namespace Tepat
