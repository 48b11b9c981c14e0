#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QRectF>
#include <QSizeF>
#include <QStringList>

namespace Tepat {

// The text a PDF's pages draw, as poppler's pdftotext reads it (-raw -bbox: every word with its
// page and box, in the order the page draws them), grouped into lines on demand: a new line
// wherever a word sits higher or lower than the one before.
//
// Why a program beside Tepat and not poppler's library: poppler is GPL, and linking it would put
// the Apache-licensed Tepat binary under the GPL; the separate pdftotext (Debian: poppler-utils)
// keeps it free of GPL code. It also keeps a hostile PDF out of Tepat's own process: a parser
// crash ends pdftotext, and its output is read with a time limit and a size limit.
class PdfText
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::PdfText)

public:
    static constexpr int timeoutMs = 120'000;
    static constexpr qint64 maxOutputSize = 64 * 1024 * 1024;

    struct Word
    {
        QRectF box; // in points, origin at the top left of the page, as pdftotext gives it
        QString text;
    };

    struct Page
    {
        QSizeF size; // in points
        QList<Word> words;

        // The words in lines, leaving out those whose centre lies in one of the areas (same
        // coordinates as the boxes).
        QStringList lines(const QList<QRectF> &leftOut = {}) const;
    };

    static Result<QList<Page>> read(const QString &pdfPath);
    // pdftotext's XHTML, for the fuzz target and tests; fileName names the PDF in messages.
    static Result<QList<Page>> parse(const QByteArray &xhtml, const QString &fileName);
};

} // namespace Tepat
