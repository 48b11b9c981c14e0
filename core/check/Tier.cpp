#include "check/Tier.h"

namespace Tepat {

QLatin1String tierKey(Tier tier)
{
    switch (tier) {
    case Tier::Strategis:
        return QLatin1String("strategis");
    case Tier::Program:
        return QLatin1String("program");
    case Tier::Kegiatan:
        return QLatin1String("kegiatan");
    }
    return {};
}

std::optional<Tier> tierFromKey(QStringView key)
{
    for (Tier tier : {Tier::Strategis, Tier::Program, Tier::Kegiatan}) {
        if (key.compare(tierKey(tier), Qt::CaseInsensitive) == 0)
            return tier;
    }
    return std::nullopt;
}

} // namespace Tepat
