#pragma once

#include "print/PkPdfWriter.h"

class QPrinter;

namespace Tepat {

// Prints the documents of one PK on a QPrinter, a print preview's too: laid out by the same core
// code as the PDF export (PkPdfWriter::documents) and painted page by page by DocumentPainter,
// so the preview, the paper and the PDF agree.
class PkPrinter
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::PkPrinter)

public:
    // The printer prints the whole sheet (the margins are part of the layout) on the paper.
    static void prepare(QPrinter &printer, const PaperFormat &paper);
    // Returns the number of pages printed.
    static Result<int> print(QPrinter &printer, const QList<LaidOutDocument> &documents);
};

} // namespace Tepat
