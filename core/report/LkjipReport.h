#pragma once

#include "model/Cascade.h"
#include "report/Report.h"

namespace Tepat {

// The tables of chapter III of an LKjIP (Laporan Kinerja) on an OPD's or the pemda's PK (issue
// #13). Tabel capaian: No | Sasaran | Indikator | Satuan | Realisasi n−1 | Target n | Realisasi n
// | Capaian n (%) | Target Akhir Renstra | Capaian s.d. n thd Target Akhir Renstra (%), the years
// written out. Realisasi n−1 is the same indicator's realisasi in the previous year's PK of the
// workspace (the indicator that serves the same one above, else has the same text), empty when
// there is none; the target akhir is the target of the period's last year of the Renstra (for
// the pemda: RPJMD) indicator the PK indicator serves, through superior PKs. Efisiensi: No |
// Program | Anggaran | Realisasi | Serapan (%) | Capaian Kinerja (%) | Efisiensi, where a
// program's capaian kinerja is the mean capaian of the PK indicators that serve its Renstra
// program or the items above it (SerapanAnggaran gives serapan and efisiensi). Between them,
// Analisis: No | Indikator | Faktor Pendukung | Faktor Penghambat | Upaya Peningkatan, what the
// OPD wrote on each indicator's year (RealisasiAnalisis), numbered by sasaran as Tabel 3.1 is.
// The PDF adds the chart of the capaian per indicator and, for the pemda's PK, the kategori
// counts of every OPD (KategoriOverviewChart).
class LkjipReport
{
public:
    static Report of(const Cascade &cascade, const PkDocument &pk, int quarter);
};

} // namespace Tepat
