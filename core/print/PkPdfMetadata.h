#pragma once

#include "base/Result.h"
#include "print/PkFingerprint.h"
#include "print/SignaturePlace.h"

#include <QCoreApplication>

namespace Tepat {

// The fingerprints of a PDF's documents, kept in the PDF's XMP metadata packet so that
// `tepat-cli verify-pdf` can read them back without a PDF library. Why there: QPdfWriter writes
// the metadata stream uncompressed (as the XMP specification asks, so that tools can find a
// packet by scanning bytes), while page text is compressed and stored as glyph ids that only a
// full PDF parser such as poppler could turn back into characters. The Info dictionary would
// also be plain, but it has no room for a list. A program that rewrites the PDF may compress or
// drop the packet; then the file cannot be verified and read() says so. Paper copies are checked
// with the short fingerprint and the QR code in each page's footer.
class PkPdfMetadata
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::PkPdfMetadata)

public:
    // A PDF of every PK of a large province runs to a few MB; a file this large is no export.
    static constexpr qint64 maxFileSize = 256 * 1024 * 1024;

    static QByteArray xmp(const QString &title,
                          const QList<PkFingerprint> &fingerprints,
                          const QList<SignaturePlace> &places = {});
    // The fingerprints of the last Tepat packet in the file: an incremental update appends its
    // packet after the original one.
    static Result<QList<PkFingerprint>> read(const QString &pdfPath);
    static std::optional<QList<PkFingerprint>> parse(const QByteArray &pdf);
    // The last packet in the file that carries Tepat's documents, empty if there is none.
    static QByteArray lastPacket(const QByteArray &pdf);
    // The XML namespace of Tepat's elements in the packet.
    static const QString &xmlNamespace();
};

} // namespace Tepat
