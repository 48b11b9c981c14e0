#pragma once

#include "base/LocalizedText.h"
#include "measure/Metode.h"
#include "model/Realisasi.h"

#include <QList>

namespace Tepat {

// Combines the triwulan reported so far into the realisasi "s.d. triwulan n": the sum for
// kumulatif, the last reported quarter for nilai akhir (so an empty TW II with a TW III uses TW
// III), the mean of the reported quarters for rata-rata. A quarter not reported is left out; a
// reported 0 counts. Grades are never added or averaged: their last reported one counts.
class RealisasiCombiner
{
public:
    struct Combined
    {
        TargetValue value;   // a Number, a grade, the first unreadable cell (Text), or Empty
        QList<int> quarters; // the triwulan it was combined from
        QList<LocalizedText> notes;
    };

    // target: the year's target, whose grade scale reads a realisasi such as "Baik" as a grade.
    static Combined combine(const Realisasi &realisasi,
                            int upToQuarter,
                            Metode::Kind metode,
                            const TargetValue &target);
    // A realisasi cell read against its target: "Baik" is an SPBE grade when the target is one,
    // though alone it parses as a vague word.
    static TargetValue resolve(const TargetValue &realisasi, const TargetValue &target);
};

} // namespace Tepat
