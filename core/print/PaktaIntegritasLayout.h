#pragma once

#include "print/DocumentFonts.h"
#include "print/LaidOutDocument.h"
#include "print/PkFingerprint.h"

namespace Tepat {

// Lays out the Pakta Integritas of a PK's pihak pertama in the form of PermenPAN-RB 49/2011
// (domain.md §4): the identity, the seven promises, the date and the signature, witnessed by
// the pihak kedua when there is one. Its wording is the regulation's, so it is not translated.
class PaktaIntegritasLayout
{
public:
    static Result<LaidOutDocument>
    layout(const PkContent &content, const PaperFormat &paper, DocumentFonts::Typeface typeface);
};

} // namespace Tepat
