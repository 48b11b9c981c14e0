#pragma once

#include "print/DocumentFonts.h"
#include "print/LaidOutDocument.h"
#include "print/PkFingerprint.h"

namespace Tepat {

// Lays out a PK in the form of PermenPAN-RB 53/2014 (domain.md §3): the statement page (title,
// the two parties, the promise, the place and date, the signatures) and the lampiran (the
// sasaran-indikator-target table, the program table with anggaran and Jumlah, the signatures
// again). The statement's sentences are PkWording's.
class PkLayout
{
public:
    static Result<LaidOutDocument>
    layout(const PkContent &content, const PaperFormat &paper, DocumentFonts::Typeface typeface);
};

} // namespace Tepat
