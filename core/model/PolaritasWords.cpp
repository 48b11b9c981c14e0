#include "model/PolaritasWords.h"

namespace Tepat {

std::optional<Indicator::Polaritas> polaritasFromWord(QStringView word)
{
    const QString key = word.toString().simplified().toLower();
    if (key.isEmpty())
        return Indicator::Polaritas::NotGiven;
    const std::pair<QLatin1String, Indicator::Polaritas> words[] = {
        {QLatin1String("positif"), Indicator::Polaritas::Maximize},
        {QLatin1String("maksimal"), Indicator::Polaritas::Maximize},
        {QLatin1String("maximize"), Indicator::Polaritas::Maximize},
        {QLatin1String("naik"), Indicator::Polaritas::Maximize},
        {QLatin1String("negatif"), Indicator::Polaritas::Minimize},
        {QLatin1String("minimal"), Indicator::Polaritas::Minimize},
        {QLatin1String("minimize"), Indicator::Polaritas::Minimize},
        {QLatin1String("turun"), Indicator::Polaritas::Minimize},
        {QLatin1String("stabil"), Indicator::Polaritas::Stabilize},
        {QLatin1String("stabilize"), Indicator::Polaritas::Stabilize},
    };
    for (const auto &[candidate, polaritas] : words) {
        if (key == candidate)
            return polaritas;
    }
    return std::nullopt;
}

QString polaritasWord(Indicator::Polaritas polaritas)
{
    switch (polaritas) {
    case Indicator::Polaritas::NotGiven:
        return {};
    case Indicator::Polaritas::Maximize:
        return QStringLiteral("positif");
    case Indicator::Polaritas::Minimize:
        return QStringLiteral("negatif");
    case Indicator::Polaritas::Stabilize:
        return QStringLiteral("stabil");
    }
    return {};
}

} // namespace Tepat
