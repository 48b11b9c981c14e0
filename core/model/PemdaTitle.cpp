#include "model/PemdaTitle.h"

namespace Tepat {

std::optional<Pemda::Title> PemdaTitle::of(const QString &pemdaName)
{
    const QString name = pemdaName.trimmed();
    const auto startsWith = [&](const char16_t *word) {
        return name.startsWith(QString::fromUtf16(word) + u' ', Qt::CaseInsensitive);
    };
    if (startsWith(u"Kabupaten") || startsWith(u"Kab."))
        return Pemda::Title::Bupati;
    if (startsWith(u"Kota"))
        return Pemda::Title::WaliKota;
    if (startsWith(u"Provinsi") || startsWith(u"Prov."))
        return Pemda::Title::Gubernur;
    return std::nullopt;
}

} // namespace Tepat
