#pragma once

#include "base/Result.h"
#include "print/SignaturePlace.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Tepat {

class CmsSigner;

// Signs a PK's PDF for one party: an incremental update adds a signature field whose widget shows
// the signature in that party's signing space on the statement page (the first of the PDF's
// SignaturePlaces for the party), a signature dictionary with /ByteRange and room in /Contents,
// the widget in the page's /Annots and the field in the catalog's /AcroForm. The bytes around
// /Contents are hashed (SHA-256), the CmsSigner makes the CMS of the digest, and it is written
// into the room. Everything before the update stays byte for byte, so a first signature remains
// valid under a second; the last one covers the whole file.
class PdfSigner
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::PdfSigner)

public:
    // role: "pihak-pertama", "pihak-kedua" or "kepala-daerah" (SignaturePlace::answersTo).
    // path names the file in messages.
    static Result<QByteArray> sign(const QByteArray &pdf,
                                   const QString &path,
                                   const QString &role,
                                   CmsSigner &signer,
                                   const QDateTime &when);
    // Reads in, signs and writes out in one step (QSaveFile): a failure leaves no out file, or
    // the one that was there.
    static Result<void> signFile(const QString &in,
                                 const QString &out,
                                 const QString &role,
                                 CmsSigner &signer,
                                 const QDateTime &when);
    // The roles the PDF can be signed as, in the order of its places: "pihak-kedua",
    // "pihak-pertama"; empty when it has no places.
    static QStringList roles(const QByteArray &pdf);
    // The party whose field in the PDF holds a signature already.
    static QStringList signedParties(const QByteArray &pdf, const QString &path);
};

} // namespace Tepat
