#pragma once

#include "model/Indicator.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace Tepat {

// The words a sheet's polaritas column holds: "positif", "maksimal", "naik" raise the indicator,
// "negatif", "minimal", "turun" lower it, "stabil" keeps it in a band; any case. One list for the
// import, the checker's sheets and the export, so that what Tepat writes it reads back.
// An empty cell is Polaritas::NotGiven; a word outside the list is nothing.
std::optional<Indicator::Polaritas> polaritasFromWord(QStringView word);
// The word the export writes: positif, negatif, stabil; empty for NotGiven.
QString polaritasWord(Indicator::Polaritas polaritas);

} // namespace Tepat
