#pragma once

#include <QLatin1String>
#include <QStringView>

#include <optional>

namespace Tepat {

enum class Severity { Info, Warning, Error };

// "error", "warning", "info": the spelling of `tepat-cli check --format json` and of the
// workspace's rule settings.
QLatin1String severityKey(Severity severity);
std::optional<Severity> severityFromKey(QStringView key);

} // namespace Tepat
