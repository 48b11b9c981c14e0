#pragma once

#include "print/PkContent.h"

#include <QByteArray>

#include <optional>

namespace Tepat {

// The SHA-256 of what one printed document of a PK says, so that a paper copy or a PDF can be
// checked against the workspace later: the footer prints its first 64 bits, the QR code and the
// PDF's metadata carry all of it. It is taken over a canonical form of PkContent (docs/
// pk-document.md): the printed strings in a fixed order, each as a netstring, so no two contents
// give the same bytes. Paper, typeface and Tepat's own wording are not in it: a PK printed on F4
// verifies against its A4 print, and a new Tepat still verifies an old print.
class PkFingerprint
{
public:
    enum class Document { PerjanjianKinerja, PaktaIntegritas };

    PkFingerprint(Document document, qint64 pkId, QByteArray sha256);
    static PkFingerprint of(const PkContent &content, Document document);
    static QByteArray canonicalForm(const PkContent &content, Document document);

    // Stable keys written into PDFs: "perjanjian-kinerja", "pakta-integritas".
    static QString documentKey(Document document);
    static std::optional<Document> documentFromKey(QStringView key);

    Document document() const { return m_document; }
    qint64 pkId() const { return m_pkId; }
    QByteArray sha256() const { return m_sha256; }
    QString hex() const; // 64 lower-case hex digits
    // "9F3A-1C0B-7E44-D2A1": the first 64 bits, short enough to read off a page and compare.
    QString shortText() const;
    // "TEPAT:1:PK:9100:<64 HEX>": upper case only, so the QR code stores it alphanumerically,
    // in fewer modules than bytes would need.
    QByteArray qrPayload() const;

    friend bool operator==(const PkFingerprint &, const PkFingerprint &) = default;

private:
    Document m_document;
    qint64 m_pkId;
    QByteArray m_sha256;
};

} // namespace Tepat
