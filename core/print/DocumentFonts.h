#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QFont>

namespace Tepat {

// The fonts of printed documents. They are compiled into tepat-core from Debian's fonts-liberation
// at build time, so a PDF embeds the same glyphs whatever fonts the machine has: Liberation Sans
// has the metrics of Arial, which the national letter rules name, and Liberation Serif those of
// Times New Roman, which many pemda use for their PKs. Needs a QGuiApplication.
class DocumentFonts
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::DocumentFonts)

public:
    enum class Typeface { Sans, Serif };

    // "sans" or "serif", in any case.
    static Result<Typeface> typefaceFromName(QStringView name);

    explicit DocumentFonts(Typeface typeface = Typeface::Sans);

    // Sized in layout units, so that measuring does not depend on a screen's resolution.
    QFont font(qreal points, bool bold = false) const;

private:
    QString m_family;
};

} // namespace Tepat
