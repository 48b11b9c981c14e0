#pragma once

#include "model/Indicator.h"

#include <QString>

namespace Tepat {

class IndicatorSubject;

// Which way an indicator should move. A given polaritas always wins. Without one the wording
// decides only where it is unambiguous, because a wrong guess turns a good series into a false
// flag: lower is better only for a recognised minimise measure at the head of the indicator
// ("Angka kematian …", "Prevalensi …", "Persentase penduduk miskin", "Tingkat pengangguran …",
// "Waktu tunggu …", "Jumlah kasus …"), never for a word inside the object of a count or a
// percentage. When the object names a bad or uncertain condition ("… kawasan kumuh", "… rawan
// bencana") and nothing reverses it ("penanganan …", "… yang tertangani", "Persentase
// penurunan …"), the direction is unknown and the trend is not checked. Otherwise higher is
// better. Findings must say when the direction was only inferred, or why it is unknown.
class PolarityInference
{
public:
    struct Result
    {
        // NotGiven: the wording does not decide the direction.
        Indicator::Polaritas polaritas = Indicator::Polaritas::Maximize;
        bool inferred = true;
        // The words that decided an inferred polarity ("angka kematian") or left it undecided
        // ("kumuh"); empty when given, or when nothing cued anything but the default Maximize.
        QString cue;

        bool isKnown() const { return polaritas != Indicator::Polaritas::NotGiven; }
    };

    static Result infer(const IndicatorSubject &subject);
};

} // namespace Tepat
