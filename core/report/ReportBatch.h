#pragma once

#include "print/DocumentFonts.h"
#include "report/Report.h"
#include "report/ReportScope.h"
#include "values/PaperFormat.h"

#include <functional>

namespace Tepat {

// Makes the reports of a kind for a year and writes them: all into one file, or one file per
// OPD into a folder, as PDF (ReportPdfWriter) or as an XLSX workbook with real number cells
// (ReportSheets, XlsxWriter). What `tepat-cli report` runs.
class ReportBatch
{
public:
    enum class Format { Pdf, Xlsx };
    struct File
    {
        QString path;
        QList<Report> reports;
    };

    // The reports of the PKs ReportScope::pks selects, measured s.d. the triwulan.
    static QList<Report> make(const Cascade &cascade,
                              ReportScope::Kind kind,
                              int year,
                              int quarter,
                              const QList<qint64> &opdIds);
    // "Pengukuran Kinerja · Kabupaten Deli Serdang · Tahun 2026 s.d. TW III": the PDF's title
    // and the second line of its footer.
    static QString title(const Cascade &cascade, ReportScope::Kind kind, int year, int quarter);
    // One file at path, or with split one per OPD (and one for the pemda) in the folder path,
    // named KIND-YEAR-CODE.pdf (or .xlsx; "pemda" for the pemda's own).
    static QList<File> plan(const Cascade &cascade,
                            const QList<Report> &reports,
                            ReportScope::Kind kind,
                            int year,
                            Format format,
                            const QString &path,
                            bool split);
    // Called after each file with the number written so far, from the thread that writes;
    // false cancels.
    using Progress = std::function<bool(int filesWritten)>;

    // Returns the number of pages of each file (0 for a workbook). With a progress, the files
    // are written under temporary names beside their targets and take their names only when all
    // are done, so a cancelled or failed run leaves no new file. May run on a worker thread once
    // the fonts are loaded (DocumentFonts) on the GUI thread.
    static Result<QList<int>> write(const QList<File> &files,
                                    Format format,
                                    PaperFormat::Size paper,
                                    DocumentFonts::Typeface typeface,
                                    const QString &title,
                                    const Progress &progress = {});
};

} // namespace Tepat
