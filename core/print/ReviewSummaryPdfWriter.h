#pragma once

#include "check/ReviewSummary.h"
#include "print/DocumentFonts.h"
#include "values/PaperFormat.h"

namespace Tepat {

// Writes the review summary (ReviewSummaryLayout) to a PDF with embedded fonts, replacing the
// file in one step (QSaveFile), so that a failed export leaves the previous file whole. Needs a
// QGuiApplication.
class ReviewSummaryPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::ReviewSummaryPdfWriter)

public:
    // Returns the number of pages written.
    static Result<int> write(const QString &path,
                             const ReviewSummary &summary,
                             const PaperFormat &paper,
                             DocumentFonts::Typeface typeface = DocumentFonts::Typeface::Sans);
};

} // namespace Tepat
