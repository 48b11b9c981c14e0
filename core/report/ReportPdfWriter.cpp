#include "report/ReportPdfWriter.h"

#include "print/DocumentPainter.h"
#include "print/PdfFile.h"
#include "report/ReportLayout.h"

#include <QPdfWriter>

namespace Tepat {

Result<int> ReportPdfWriter::write(const QString &path,
                                   const QList<Report> &reports,
                                   PaperFormat::Size size,
                                   DocumentFonts::Typeface typeface,
                                   const QString &title)
{
    const PaperFormat paper = ReportLayout::paperFor(reports, size);
    const LaidOutDocument document = ReportLayout::layout(reports, paper, typeface, title);
    const Result<void> written
        = PdfFile::write(path, paper, {title, {}}, [&](QPdfWriter &writer) -> Result<bool> {
              DocumentPainter painter(writer);
              return painter.paint(document) && painter.finish();
          });
    if (!written)
        return fail(written.error());
    return int(document.pages.size());
}

} // namespace Tepat
