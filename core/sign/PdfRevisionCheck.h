#pragma once

#include "sign/PdfStructure.h"

#include <optional>

namespace Tepat {

// Tells whether a later version of a PDF only added signatures to an earlier one. A signature
// covers the bytes up to its own update; what comes after may be more signatures (fields, their
// widgets on the pages, the form that lists them, new objects) and nothing else. Anything else
// (a page's contents, a new annotation over the text, another page) changes what the signer
// signed, even though their signature is still intact over the bytes it covers.
class PdfRevisionCheck
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::PdfRevisionCheck)

public:
    // The first change of after against before that is not the addition of a signature, as a
    // sentence; nullopt when there is none.
    static std::optional<QString> otherChange(const PdfStructure &before,
                                              const PdfStructure &after);
    // A signature field or a widget of one.
    static bool isSignatureFieldOrWidget(const PdfStructure &structure, const PdfObject &object);
};

} // namespace Tepat
