#pragma once

#include "print/DocumentFonts.h"
#include "report/Report.h"
#include "values/PaperFormat.h"

namespace Tepat {

// Writes reports (ReportLayout) to one PDF with embedded fonts, replacing the file in one step.
// Needs a QGuiApplication.
class ReportPdfWriter
{
public:
    // size: A4 or F4, turned landscape when a table needs it. Returns the number of pages.
    static Result<int> write(const QString &path,
                             const QList<Report> &reports,
                             PaperFormat::Size size,
                             DocumentFonts::Typeface typeface,
                             const QString &title);
};

} // namespace Tepat
