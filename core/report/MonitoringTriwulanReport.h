#pragma once

#include "model/Cascade.h"
#include "report/Report.h"

namespace Tepat {

// The Monitoring Triwulan of an OPD's PK (issue #13), two tables. Indicators: No | Sasaran |
// Indikator | Satuan | Target Tahunan | Target TW I … IV | Realisasi TW I … IV | Capaian s.d. TW n
// (%) | Kendala | Tindak Lanjut | Penanggung Jawab, where each target is the one in force in its
// triwulan (TargetInForce), realisasi is shown up to TW n, and kendala and tindak lanjut are
// those reported for TW n. Programs: No | Program | Anggaran | Realisasi Anggaran TW I … IV |
// Serapan (%) s.d. TW n, with the Jumlah row.
class MonitoringTriwulanReport
{
public:
    static Report of(const Cascade &cascade, const PkDocument &pk, int quarter);
};

} // namespace Tepat
