#include "measure/Metode.h"

#include <array>

namespace Tepat {

namespace {

struct Entry
{
    Metode::Kind kind;
    QLatin1String key;
    Indicator::TipePerhitungan tipe;
};

constexpr std::array entries {
    Entry {
        Metode::Kind::Kumulatif, QLatin1String("kumulatif"), Indicator::TipePerhitungan::Kumulatif},
    Entry {Metode::Kind::NilaiAkhir,
           QLatin1String("nilai_akhir"),
           Indicator::TipePerhitungan::NonKumulatif},
    Entry {
        Metode::Kind::RataRata, QLatin1String("rata_rata"), Indicator::TipePerhitungan::RataRata},
};

} // namespace

Metode::Kind Metode::of(const Indicator &indicator)
{
    for (const Entry &entry : entries) {
        if (entry.tipe == indicator.tipePerhitungan)
            return entry.kind;
    }
    const QStringView text = QStringView(indicator.text).trimmed();
    const QLatin1String jumlah("jumlah");
    const bool counts = text.startsWith(jumlah, Qt::CaseInsensitive)
        && (text.size() == jumlah.size() || !text[jumlah.size()].isLetter());
    return counts ? Kind::Kumulatif : Kind::NilaiAkhir;
}

QLatin1String Metode::key(Kind kind)
{
    for (const Entry &entry : entries) {
        if (entry.kind == kind)
            return entry.key;
    }
    return {};
}

std::optional<Metode::Kind> Metode::fromKey(QStringView key)
{
    for (const Entry &entry : entries) {
        if (key.compare(entry.key, Qt::CaseInsensitive) == 0)
            return entry.kind;
    }
    return std::nullopt;
}

Indicator::TipePerhitungan Metode::tipePerhitungan(Kind kind)
{
    for (const Entry &entry : entries) {
        if (entry.kind == kind)
            return entry.tipe;
    }
    return Indicator::TipePerhitungan::NotGiven;
}

} // namespace Tepat
