#pragma once

#include "model/Cascade.h"
#include "report/Report.h"

namespace Tepat {

// The Pengukuran Kinerja of one PK (domain.md §6, issue #13): No | Sasaran Strategis | Indikator
// Kinerja | Satuan | Target | Realisasi | Capaian (%) | Kategori, the sasaran and its number
// spanning its indicators, then the mean capaian. Target and realisasi are what the capaian was
// measured against and from (CapaianEngine), so that every row reads Realisasi against Target.
class PengukuranKinerjaReport
{
public:
    static Report of(const Cascade &cascade, const PkDocument &pk, int quarter);
};

} // namespace Tepat
