#pragma once

#include "sign/PdfSignatureVerifier.h"

namespace Tepat {

// The report of a PDF's signatures as people read it, the same in `tepat-cli verify-pdf` and in
// the window: a paragraph per signature (signer, certificate, validity, when, type, intact or
// not, changed since or not, trusted or not) and whether all of them hold.
class SignatureReport
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::SignatureReport)

public:
    // Lines without line ends; the details of a signature are indented by two spaces.
    static QStringList lines(const QList<PdfSignatureVerifier::Signature> &signatures);
    // Every signature is intact and nothing but later signatures changed the file after it;
    // with requireTrusted every signer is trusted too.
    static bool holds(const QList<PdfSignatureVerifier::Signature> &signatures,
                      bool requireTrusted);
};

} // namespace Tepat
