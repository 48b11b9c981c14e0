#pragma once

#include "base/Result.h"
#include "sign/PdfObject.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>

namespace Tepat {

// The object structure of a PDF file, read from its bytes: the cross-reference sections from the
// last one back through every /Prev (each incremental update adds one), the trailer, and the
// objects they locate, parsed on demand. It reads classic cross-reference tables, which is what
// QPdfWriter and Tepat's own signing write; a file whose cross-reference is a compressed stream
// (PDF 1.5 object streams, written by some other programs) is refused with a message, since
// Tepat only signs and checks the PDFs it wrote.
class PdfStructure
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::PdfStructure)

public:
    // path only names the file in messages.
    static Result<PdfStructure> read(const QByteArray &bytes, const QString &path);

    const QByteArray &bytes() const { return *m_bytes; }
    // The trailer of the newest section, with /Root, /Info and /ID of the file.
    const PdfObject &trailer() const { return m_trailer; }
    // Where the newest cross-reference section starts: the /Prev of the next update.
    qsizetype lastXrefOffset() const { return m_lastXref; }
    // One more than the highest object number in use: the first number an update may take.
    int size() const { return m_size; }

    // The object, null when it does not exist or cannot be read.
    PdfObject object(PdfReference reference) const;
    // The object itself when it is not a reference.
    PdfObject resolve(const PdfObject &object) const;
    // The dictionary of a stream object and its data (undecoded).
    Result<std::pair<PdfObject, QByteArray>> stream(PdfReference reference) const;

    PdfReference catalog() const;
    // The page objects in page order.
    const QList<PdfReference> &pages() const { return m_pages; }
    // Every object number the cross-reference sections locate, and where its newest version
    // starts (-1 for a freed one): an object whose offset differs between two versions of a file
    // was written again in between.
    QList<int> objectNumbers() const { return m_offsets.keys(); }
    qsizetype offsetOf(int number) const { return m_offsets.value(number, -1); }

private:
    PdfStructure() = default;
    // Reads one cross-reference section and returns its /Prev, 0 for the oldest.
    Result<qsizetype> readSection(qsizetype offset, bool newest);
    Result<void> readPages();
    Error damaged(const QString &what) const;

    std::shared_ptr<const QByteArray> m_bytes;
    QString m_path;
    QHash<int, qsizetype> m_offsets; // object number → offset of "N G obj"
    PdfObject m_trailer;
    qsizetype m_lastXref = 0;
    int m_size = 0;
    QList<PdfReference> m_pages;
};

} // namespace Tepat
