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
    const Result<void> written = PdfFile::write(
        path, paper, {title, {}}, [&](QPdfWriter &writer) -> Result<bool> {
            DocumentPainter painter(writer);
            const CapaianChart::Style style {.font = DocumentFonts(typeface).font(9)};
            const auto chart = [&](QPainter &on, const PageItem &anchor) {
                for (qsizetype i = 0; i < reports.size(); ++i) {
                    if (anchor.anchor == ReportLayout::chartAnchor(i))
                        CapaianChart::paint(on, anchor.rect, reports[i].chart, style);
                    if (anchor.anchor == ReportLayout::overviewAnchor(i) && reports[i].overview)
                        KategoriOverviewChart::paint(on, anchor.rect, *reports[i].overview, style);
                }
            };
            return painter.paint(document, chart) && painter.finish();
        });
    if (!written)
        return fail(written.error());
    return int(document.pages.size());
}

} // namespace Tepat
