#include "model/Severity.h"

namespace Tepat {

QLatin1String severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QLatin1String("error");
    case Severity::Warning:
        return QLatin1String("warning");
    case Severity::Info:
        return QLatin1String("info");
    }
    return {};
}

std::optional<Severity> severityFromKey(QStringView key)
{
    for (Severity severity : {Severity::Error, Severity::Warning, Severity::Info}) {
        if (key == severityKey(severity))
            return severity;
    }
    return std::nullopt;
}

} // namespace Tepat
