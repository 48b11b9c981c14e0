#include "io/PkPrinter.h"

#include "print/DocumentPainter.h"

#include <QPrinter>

namespace Tepat {

void PkPrinter::prepare(QPrinter &printer, const PaperFormat &paper)
{
    printer.setFullPage(true);
    printer.setPageLayout(QPageLayout(paper.pageSize(), QPageLayout::Portrait, QMarginsF()));
}

Result<int> PkPrinter::print(QPrinter &printer, const QList<LaidOutDocument> &documents)
{
    const auto stopped = [&] {
        const QString where
            = printer.outputFileName().isEmpty() ? printer.printerName() : printer.outputFileName();
        return fail(Error(Error::Code::Io,
                          tr("The PK could not be printed on %1.").arg(where),
                          printer.outputFileName()));
    };
    DocumentPainter painter(printer);
    int pages = 0;
    for (const LaidOutDocument &document : documents) {
        if (!painter.paint(document))
            return stopped();
        pages += int(document.pages.size());
    }
    if (!painter.finish())
        return stopped();
    return pages;
}

} // namespace Tepat
