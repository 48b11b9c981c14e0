#pragma once

#include "values/PaperFormat.h"

#include <QByteArray>

namespace Tepat {

// QPdfWriter gives every page a MediaBox of whole points, so an F4 sheet (215 × 330 mm, that is
// 609,45 × 935,43 pt) would come out as 609 × 935 pt and print a little short on F4 paper. It
// writes each number with six decimals ("609.000000"), so the exact size fits in the same bytes:
// correcting it moves no offset of the file, and the cross-reference table stays valid.
class PdfPageBox
{
public:
    // The PDF with each page of the paper's whole-point size given the size the paper really
    // has: A4 stays 595 × 842 pt, as PDF readers expect and name it; F4 becomes exact.
    static QByteArray exactSize(QByteArray pdf, const PaperFormat &paper);
};

} // namespace Tepat
