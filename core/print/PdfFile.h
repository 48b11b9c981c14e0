#pragma once

#include "base/Result.h"
#include "values/PaperFormat.h"

#include <QCoreApplication>

#include <functional>

class QPdfWriter;

namespace Tepat {

// Writes one PDF file for every document Tepat exports. The pages are painted into memory,
// given the paper's exact size (PdfPageBox), and the file is replaced in one step (QSaveFile),
// so a failed or cancelled export leaves the previous file as it was.
class PdfFile
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::PdfFile)

public:
    struct Info
    {
        QString title;
        QByteArray xmpMetadata; // empty for none
    };
    // paint draws the pages on the writer, which is set to one device unit per layout unit;
    // it returns false when the writer could not be painted on, or an error to give up with.
    using Painting = std::function<Result<bool>(QPdfWriter &writer)>;

    static Result<void>
    write(const QString &path, const PaperFormat &paper, const Info &info, const Painting &paint);
};

} // namespace Tepat
