#pragma once

#include "sign/PdfStructure.h"

#include <QMap>

namespace Tepat {

// An incremental update of a PDF (ISO 32000-1 §7.5.6): new and changed objects appended after the
// file's last byte with a cross-reference section and a trailer whose /Prev points at the one
// before. The bytes already in the file stay exactly as they are, which is what keeps an earlier
// signature valid: it covers those bytes and only them.
class PdfIncrementalUpdate
{
public:
    explicit PdfIncrementalUpdate(const PdfStructure &base);

    // A number for a new object, whose body is given later with set().
    PdfReference reserve();
    // The body of a new or changed object: a serialized object, or a stream dictionary followed
    // by its data (see streamBody).
    void set(PdfReference reference, const QByteArray &body);
    PdfReference add(const QByteArray &body);
    static QByteArray streamBody(PdfObject dictionary, const QByteArray &data);

    // The appended bytes, for a file that ends after base's bytes. Offsets in the cross-reference
    // section count from the start of the whole file. offsetOf() then tells where an object's
    // body starts, for a caller that fills in a placeholder afterwards.
    QByteArray write();
    qsizetype offsetOf(PdfReference reference) const;

private:
    const PdfStructure &m_base;
    int m_next;
    QMap<int, QByteArray> m_bodies;
    QMap<int, qsizetype> m_bodyOffsets;
};

} // namespace Tepat
