#include "print/DocumentFonts.h"

#include "values/LayoutUnits.h"

#include <QFontDatabase>

// Q_INIT_RESOURCE declares a global function, so it must be expanded outside namespace Tepat.
static void initPrintFontsResource()
{
    Q_INIT_RESOURCE(print_fonts);
}

namespace Tepat {

namespace {

void registerEmbeddedFonts()
{
    static const bool registered = [] {
        initPrintFontsResource();
        for (const char *file : {"LiberationSans-Regular.ttf",
                                 "LiberationSans-Bold.ttf",
                                 "LiberationSerif-Regular.ttf",
                                 "LiberationSerif-Bold.ttf"}) {
            const int id = QFontDatabase::addApplicationFont(QStringLiteral(":/tepat/fonts/")
                                                             + QLatin1String(file));
            Q_ASSERT_X(id >= 0, "Tepat::DocumentFonts", "an embedded font did not load");
            Q_UNUSED(id);
        }
        return true;
    }();
    Q_UNUSED(registered);
}

} // namespace

Result<DocumentFonts::Typeface> DocumentFonts::typefaceFromName(QStringView name)
{
    if (name.compare(u"sans", Qt::CaseInsensitive) == 0)
        return Typeface::Sans;
    if (name.compare(u"serif", Qt::CaseInsensitive) == 0)
        return Typeface::Serif;
    return fail(Error(
        Error::Code::Invalid,
        tr("\"%1\" is not a typeface Tepat prints with; use sans or serif.").arg(name.toString())));
}

DocumentFonts::DocumentFonts(Typeface typeface)
    : m_family(typeface == Typeface::Sans ? QStringLiteral("Liberation Sans")
                                          : QStringLiteral("Liberation Serif"))
{
    registerEmbeddedFonts();
}

QFont DocumentFonts::font(qreal points, bool bold) const
{
    QFont font(m_family);
    font.setPixelSize(qRound(LayoutUnits::fromPoints(points)));
    font.setBold(bold);
    // Hinting snaps outlines to a screen's pixel grid; on paper it only distorts the widths.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

} // namespace Tepat
