#pragma once

#include "model/Indicator.h"

#include <QString>

namespace Tepat {

class IndicatorSubject;

// Which way an indicator should move. A given polaritas always wins; without one the wording
// decides: "angka kematian", "prevalensi stunting", "tingkat pengangguran", "waktu tunggu" are
// to be lowered, almost everything else raised. The trend rule and the findings must say when
// the direction was only inferred, because an officer may mean the opposite.
class PolarityInference
{
public:
    struct Result
    {
        Indicator::Polaritas polaritas = Indicator::Polaritas::Maximize;
        bool inferred = true;
        // The words of the indicator that decided an inferred polarity ("angka kematian"), empty
        // when given or when nothing cued anything but the default Maximize.
        QString cue;
    };

    static Result infer(const IndicatorSubject &subject);
};

} // namespace Tepat
