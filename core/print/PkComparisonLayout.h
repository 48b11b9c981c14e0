#pragma once

#include "print/DocumentFonts.h"
#include "print/LaidOutDocument.h"
#include "print/PkComparison.h"

namespace Tepat {

// Lays out the comparison page that follows a printed PK Perubahan: why and from when it
// changes, then Indikator | Target before | Target after | Keterangan and the same for the
// program rows with their Jumlah. It is an explanation, not part of what is signed, so its footer
// carries no fingerprint.
class PkComparisonLayout
{
public:
    static LaidOutDocument layout(const PkComparison &comparison,
                                  const PaperFormat &paper,
                                  DocumentFonts::Typeface typeface);
};

} // namespace Tepat
