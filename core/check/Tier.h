#pragma once

#include <QLatin1String>
#include <QStringView>

#include <optional>

namespace Tepat {

// The level at which an indicator is promised. It decides what a good indicator looks like:
// outcomes and impacts at the strategic level (kepala daerah, kepala OPD, RPJMD, Renstra tujuan
// and sasaran), program outcomes for eselon III, outputs for eselon IV kegiatan — where counting
// trainings or reports is normal and not a defect.
enum class Tier { Strategis, Program, Kegiatan };

// "strategis", "program", "kegiatan": the values of a sheet's `tingkat` column.
QLatin1String tierKey(Tier tier);
std::optional<Tier> tierFromKey(QStringView key);

} // namespace Tepat
