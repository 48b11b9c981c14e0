#include "print/ReviewSummaryPdfWriter.h"

#include "print/DocumentPainter.h"
#include "print/PdfFile.h"
#include "print/ReviewSummaryLayout.h"
#include "values/IndonesianDate.h"

#include <QPdfWriter>

namespace Tepat {

Result<int> ReviewSummaryPdfWriter::write(const QString &path,
                                          const ReviewSummary &summary,
                                          const PaperFormat &paper,
                                          DocumentFonts::Typeface typeface)
{
    const LaidOutDocument document = ReviewSummaryLayout::layout(summary, paper, typeface);
    const Result<void> written = PdfFile::write(
        path,
        paper,
        {tr("Review summary %1 %2").arg(summary.pemda, IndonesianDate::format(summary.date)), {}},
        [&](QPdfWriter &writer) -> Result<bool> {
            DocumentPainter painter(writer);
            return painter.paint(document) && painter.finish();
        });
    if (!written)
        return fail(written.error());
    return int(document.pages.size());
}

} // namespace Tepat
