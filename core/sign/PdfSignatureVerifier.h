#pragma once

#include "base/Result.h"
#include "sign/CertificateInfo.h"

namespace Tepat {

// Checks every signature of a PDF the way a careful reader would: is the signature intact (the
// digest of the bytes it covers matches the CMS, whose signature verifies with the certificate
// it names), did anything but more signatures change the document after it (PdfRevisionCheck),
// does it cover the whole file, and does the signer's certificate chain up to one of the CA
// certificates the user trusts, as it stood when it signed. A signature's trust is only judged
// when trust anchors are given: Tepat does not trust the system's web CAs for documents.
class PdfSignatureVerifier
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::PdfSignatureVerifier)

public:
    enum class Trust { NotChecked, Trusted, Untrusted };

    struct Signature
    {
        QString field;      // "pihak-pertama"
        QString signerName; // the certificate's common name, else the dictionary's /Name
        CertificateInfo certificate;
        QDateTime signedAt; // the dictionary's /M
        QByteArray subFilter;
        bool intact = false;    // the bytes it covers are the bytes that were signed
        QString problem;        // why it is not intact
        qint64 signedBytes = 0; // where the version it signed ends
        bool coversWholeDocument = false;
        // Nothing but later signatures changed the document after it.
        bool unchangedSince = false;
        QString laterChange; // what changed after it, when something did
        Trust trust = Trust::NotChecked;
        QString trustProblem;

        bool holds() const { return intact && unchangedSince; }
    };

    // trustFiles: PEM files of trusted CA certificates (roots or intermediates); empty leaves
    // trust unchecked. Fails only when the PDF or a trust file cannot be read.
    static Result<QList<Signature>>
    verify(const QByteArray &pdf, const QString &path, const QStringList &trustFiles = {});
};

} // namespace Tepat
