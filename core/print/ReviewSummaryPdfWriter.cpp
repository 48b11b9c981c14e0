#include "ReviewSummaryPdfWriter.h"

#include "DocumentPainter.h"
#include "IndonesianDate.h"
#include "LayoutUnits.h"
#include "ReviewSummaryLayout.h"

#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>

namespace Tepat {

Result<int> ReviewSummaryPdfWriter::write(const QString &path,
                                          const ReviewSummary &summary,
                                          const PaperFormat &paper,
                                          DocumentFonts::Typeface typeface)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QSaveFile file(absolute);
    const auto unwritable = [&] {
        return fail(Error(Error::Code::Io,
                          tr("%1 could not be written: %2").arg(absolute, file.errorString()),
                          absolute));
    };
    if (!file.open(QIODevice::WriteOnly))
        return unwritable();
    const LaidOutDocument document = ReviewSummaryLayout::layout(summary, paper, typeface);
    {
        QPdfWriter writer(&file);
        // One device unit per layout unit: the PDF's coordinates are the layout's, unscaled.
        writer.setResolution(int(LayoutUnits::perInch));
        writer.setTitle(
            tr("Review summary %1 %2").arg(summary.pemda, IndonesianDate::format(summary.date)));
        writer.setCreator(QStringLiteral("Tepat %1").arg(QStringLiteral(TEPAT_VERSION)));
        DocumentPainter painter(writer);
        if (!painter.paint(document) || !painter.finish())
            return unwritable();
    }
    if (!file.commit())
        return unwritable();
    return int(document.pages.size());
}

} // namespace Tepat
