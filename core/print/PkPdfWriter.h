#pragma once

#include "Cascade.h"
#include "DocumentFonts.h"
#include "PaperFormat.h"

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
    };

    // Returns the number of pages written. pkIds must name PKs of the cascade.
    static Result<int> write(const QString &path,
                             const Cascade &cascade,
                             const QList<qint64> &pkIds,
                             const Options &options);
};

} // namespace Tepat
