#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QString>

namespace Tepat {

// Makes the CMS signature (RFC 5652 SignedData, detached) that goes into a PDF signature's
// /Contents, given the SHA-256 digest of the bytes the signature covers. PdfSigner reserves the
// room, computes the digest and embeds what comes back, so the CMS can come from anywhere that
// signs a digest: a PKCS#12 file on this computer (Pkcs12Signer), or later BSrE's online
// certified signing (TTE tersertifikasi), which signs a document digest and returns the CMS.
class CmsSigner
{
public:
    virtual ~CmsSigner() = default;

    // What the signature dictionary's /SubFilter says the CMS is: ETSI.CAdES.detached for a
    // PAdES baseline signature.
    virtual QByteArray subFilter() const { return QByteArrayLiteral("ETSI.CAdES.detached"); }
    // The most bytes the DER of the CMS can take; PdfSigner reserves that much.
    virtual qsizetype maximumSize() const = 0;
    // The signer as a viewer shows them: the certificate's common name.
    virtual QString signerName() const = 0;
    virtual Result<QByteArray> sign(const QByteArray &sha256Digest) = 0;
};

} // namespace Tepat
