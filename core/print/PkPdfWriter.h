#pragma once

#include "model/Cascade.h"
#include "print/DocumentFonts.h"
#include "print/LaidOutDocument.h"
#include "print/PkComparison.h"
#include "print/PkContent.h"
#include "values/PaperFormat.h"

#include <functional>

namespace Tepat {

// Exports PKs to one PDF for signing: each PK's statement and lampiran, followed by its Pakta
// Integritas when asked, every document numbered on its own. The file is replaced in one step
// (QSaveFile), so an interrupted export leaves the previous PDF whole. The fonts are embedded and
// the fingerprints go into the XMP metadata (PkPdfMetadata). Needs a QGuiApplication.
class PkPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::PkPdfWriter)

public:
    struct Options
    {
        PaperFormat paper;
        DocumentFonts::Typeface typeface = DocumentFonts::Typeface::Sans;
        bool paktaIntegritas = false;
        // A PK Perubahan is followed by its comparison page (PkComparisonLayout).
        bool comparison = false;
        // Asked after each PK's documents are painted, from the thread that writes; false stops
        // the export with Error::Code::Cancelled and leaves the file as it was.
        std::function<bool()> proceed;
    };

    // The documents of one PK as they are printed: the PK, then its comparison page when asked
    // and given, then its Pakta Integritas when asked. The window's print preview lays out with
    // this too, so paper and PDF agree.
    static Result<QList<LaidOutDocument>> documents(const PkContent &content,
                                                    const Options &options,
                                                    const std::optional<PkComparison> &comparison
                                                    = std::nullopt);

    // Returns the number of pages written. pkIds must name PKs of the cascade.
    static Result<int> write(const QString &path,
                             const Cascade &cascade,
                             const QList<qint64> &pkIds,
                             const Options &options);
};

} // namespace Tepat
