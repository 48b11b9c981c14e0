#pragma once

#include "check/ReviewSummary.h"
#include "print/DocumentFonts.h"
#include "print/LaidOutDocument.h"

namespace Tepat {

// Lays out the review summary for a coaching clinic's minutes: the pemda and date, the findings
// per OPD and per rule with their severities, and the open reviewer comments, in framed tables
// whose header repeats on every page, with "Halaman x dari y" and the pemda in the footer.
class ReviewSummaryLayout
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::ReviewSummaryLayout)

public:
    static LaidOutDocument layout(const ReviewSummary &summary,
                                  const PaperFormat &paper,
                                  DocumentFonts::Typeface typeface);
};

} // namespace Tepat
