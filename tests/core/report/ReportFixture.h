#pragma once

#include "model/Cascade.h"

namespace Tepat::ReportFixture {

// One OPD measured through TW II of 2026, small enough to compute every report number by hand:
//   OPD 2 "Dinas Kesehatan" (Dinkes, 1.02.0.00.0.00.01.0000)
//     Renstra tujuan 20 > sasaran 21 (indicator 30, target 2029: 90) > program 22
//   PK 40, kepala OPD, 2026, "Kepala Dinas Kesehatan"
//     sasaran 41 "Meningkatnya status gizi dan kesehatan ibu"
//       42 "Persentase balita gizi baik" %, target 80, higher is better, nilai akhir,
//          serves 30; TW I 70, TW II 76 (kendala and tindak lanjut), PJ "Kabid Kesmas"
//       43 "Angka kematian ibu" per 100.000 KH, target 100, lower is better; TW I 120
//     sasaran 44 "Meningkatnya cakupan imunisasi"
//       45 "Jumlah bayi diimunisasi" bayi, target 1.000, kumulatif, 250 each triwulan;
//          TW I 200, TW II 260
//     programs 46 "1.02.02 PROGRAM PEMENUHAN UPAYA KESEHATAN" Rp 1.000.000.000 from program
//          22, spent 200.000.000 and 250.000.000; 47 "PROGRAM PENUNJANG" Rp 500.000.000, none
//   PK 140, the same official's of 2025: 142 serves 30 (realisasi TW IV 72), 143 "Angka
//     kematian ibu" (TW IV 130), so Realisasi 2025 is 72, 130 and empty.
// Capaian s.d. TW II: 42: 76 / 80 = 95,00 (Sangat Baik); 43: (200 − 120) / 100 = 80,00 (Baik);
// 45: 460 / 500 = 92,00 (Sangat Baik); mean 89,00 (Baik).
Cascade measuredOpd();

} // namespace Tepat::ReportFixture
