#pragma once

#include "base/Result.h"
#include "model/Cascade.h"
#include "print/PkFingerprint.h"

#include <QCoreApplication>

namespace Tepat {

// Whether the pages of a PDF show what this Tepat prints for the PKs the PDF's metadata names.
// The PKs are printed again from the workspace on the paper of the PDF's first page, both PDFs are
// read with pdftotext (PdfText), and each document's lines are compared: any line that differs,
// is missing or is added is a Difference, named by the row of the lampiran it belongs to when
// its text says so. So a target edited inside the PDF, pages of another PDF under copied metadata
// and a file of metadata alone are all found. The signing spaces of the signature blocks are left
// out: there a signed PDF shows its signatures' appearances, which the signatures' own check
// answers for. What a text comparison cannot see (text drawn
// invisibly, glyphs that do not look like the characters they stand for, pictures of text) is
// said in docs/pk-document.md: only a signature proves that a file is unchanged.
class PrintedPkCheck
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::PrintedPkCheck)

public:
    struct Difference
    {
        int page = 0;         // of the PDF, from 1
        QString place;        // the row, e.g. indicator "Prevalensi stunting"; empty if none
        QStringList printed;  // the lines the PDF shows there
        QStringList expected; // the lines the workspace gives there
    };
    struct Document
    {
        PkFingerprint fingerprint;
        QList<Difference> differences;
    };

    // One Document per fingerprint, in their order. Every PK the fingerprints name must be in
    // the cascade. Needs a QGuiApplication (printing lays out text).
    static Result<QList<Document>> compare(const QString &pdfPath,
                                           const QList<PkFingerprint> &fingerprints,
                                           const Cascade &cascade);
};

} // namespace Tepat
