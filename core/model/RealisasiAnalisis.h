#pragma once

#include <QString>

namespace Tepat {

// What an OPD writes on one PK indicator for its year, once the quarters are in: what helped it,
// what held it back and what it will do to reach more. The LKjIP's Analisis table prints it; a
// triwulan's kendala and tindak lanjut stay with the triwulan.
struct RealisasiAnalisis
{
    QString faktorPendukung;
    QString faktorPenghambat;
    QString upayaPeningkatan;

    bool isEmpty() const
    {
        return faktorPendukung.isEmpty() && faktorPenghambat.isEmpty()
            && upayaPeningkatan.isEmpty();
    }

    friend bool operator==(const RealisasiAnalisis &, const RealisasiAnalisis &) = default;
};

} // namespace Tepat
