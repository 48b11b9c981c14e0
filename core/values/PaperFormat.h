#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QRectF>

namespace Tepat {

// The paper a PK is printed on and the margins of an official letter on it (domain.md §9): top
// 2 cm (there is no kop), bottom 2,5 cm, left 3 cm for the binding, right 2 cm. F4 (215 × 330 mm)
// is the usual government size, A4 the other one in use. Reports whose tables are too wide for a
// standing page are printed landscape, with the same margins on the turned page.
class PaperFormat
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::PaperFormat)

public:
    enum class Size { A4, F4 };
    enum class Orientation { Portrait, Landscape };

    PaperFormat() = default; // A4
    explicit PaperFormat(Size size, Orientation orientation = Orientation::Portrait)
        : m_size(size)
        , m_orientation(orientation)
    {}
    // "a4" or "f4", in any case; the message of a failure lists both.
    static Result<PaperFormat> fromName(QStringView name);

    Size size() const { return m_size; }
    Orientation orientation() const { return m_orientation; }
    PaperFormat turned(Orientation orientation) const { return PaperFormat(m_size, orientation); }

    // Qt 6.4 snaps a custom 215 × 330 mm size to Folio (8,5 × 13 in, 612 × 936 pt) unless it is
    // asked for an exact match; with it, QPdfWriter writes 609 × 935 pt (whole points). Standing,
    // whatever the orientation: a QPageLayout turns it.
    QPageSize pageSize() const;
    QSizeF paperSize() const; // layout units, as the page lies
    QRectF bodyRect() const;  // layout units: the paper less the margins

private:
    Size m_size = Size::A4;
    Orientation m_orientation = Orientation::Portrait;
};

} // namespace Tepat
