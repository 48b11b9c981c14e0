#pragma once

#include "sign/PdfObject.h"

#include <optional>

namespace Tepat {

// Reads PDF objects out of a file's bytes from a given offset: the syntax of ISO 32000-1 §7.2
// and §7.3 (white space, comments, numbers, strings, names, arrays, dictionaries, references)
// and an indirect object's "N G obj … endobj" frame. It never reads past the end of the bytes,
// so a damaged or hostile file makes it fail, not crash; nesting is limited for the same reason.
class PdfParser
{
public:
    explicit PdfParser(const QByteArray &bytes, qsizetype offset = 0);

    qsizetype offset() const { return m_offset; }
    void seek(qsizetype offset) { m_offset = offset; }

    // The next object; nullopt when the bytes there are not one.
    std::optional<PdfObject> readObject();
    // An indirect object's header "N G obj", its object, and where its stream data starts when
    // the object is a stream ("stream" and its end of line follow the dictionary), else -1.
    struct Indirect
    {
        PdfReference reference;
        PdfObject object;
        qsizetype streamStart = -1;
    };
    std::optional<Indirect> readIndirect();
    // The next keyword or number as plain text ("xref", "trailer", "0000000015"), for the cross
    // reference table; empty at the end or before a delimiter.
    QByteArray readToken();
    void skipSpace();

private:
    std::optional<PdfObject> readObject(int depth);
    std::optional<PdfObject> readString();
    std::optional<PdfObject> readHexString();
    PdfObject readName();

    const QByteArray &m_bytes;
    qsizetype m_offset;
};

} // namespace Tepat
