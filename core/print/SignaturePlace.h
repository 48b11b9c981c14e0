#pragma once

#include "model/Official.h"
#include "print/LaidOutDocument.h"

#include <QRectF>

#include <optional>

class QXmlStreamWriter;

namespace Tepat {

struct PkContent;

// Where a party signs a PK in a PDF that Tepat wrote: the signing space of that party's signature
// block on the statement page and on the lampiran, with the official as printed there. The PDF
// carries its places in its XMP metadata next to the fingerprints (PkPdfMetadata), so that
// `tepat-cli sign-pdf --as pihak-pertama` puts the signature's appearance where the layout left
// room for it, without a layout of its own and without the workspace.
struct SignaturePlace
{
    enum class Party { PihakPertama, PihakKedua };

    qint64 pkId = 0;
    Party party = Party::PihakPertama;
    // The signatory is the kepala daerah: the only party of their own PK, and pihak kedua of a
    // kepala OPD's.
    bool kepalaDaerah = false;
    int page = 0; // 1-based, in the whole file
    QRectF rect;  // PDF user space: points, origin at the bottom left of the page
    Official official;

    static QLatin1String partyKey(Party party);
    // "pihak-pertama", "pihak-kedua", or "kepala-daerah" for whichever party the kepala daerah is.
    bool answersTo(QStringView role) const;

    // The places of one laid-out PK whose first page is firstPage of the file.
    static QList<SignaturePlace>
    collect(const LaidOutDocument &document, int firstPage, const PkContent &content);
    static void writeXmp(QXmlStreamWriter &xml, const QList<SignaturePlace> &places);
    // The places of the last Tepat metadata packet in a PDF; empty when it has none.
    static QList<SignaturePlace> read(const QByteArray &pdf);

    friend bool operator==(const SignaturePlace &, const SignaturePlace &) = default;
};

} // namespace Tepat
