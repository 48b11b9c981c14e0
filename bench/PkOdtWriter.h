#pragma once

#include "print/PkContent.h"

namespace Tepat {

// Writes PKs as one ODT with QTextDocumentWriter, with what PkLayout prints: the title, the
// statement, the lampiran tables and the signatures, one PK after another with page breaks. The
// PDF benchmark has LibreOffice convert it, to compare its speed with Tepat's on the same
// content.
class PkOdtWriter
{
public:
    static bool write(const QString &path, const QList<PkContent> &contents);
};

} // namespace Tepat
