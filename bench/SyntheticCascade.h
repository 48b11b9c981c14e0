#pragma once

#include "model/Cascade.h"

namespace Tepat {

// Builds a synthetic workspace of about N indicators with a full cascade: RPJMD, up to 60 OPDs
// with Renstra trees (tujuan → sasaran → program → kegiatan → sub kegiatan) and three PKs each
// whose indicators serve the Renstra and carry four triwulan of realisasi. Every field of every
// entity is filled, and every enum value and every kind of target occurs, so the same generator
// serves the benchmarks and the round-trip tests. The output depends only on N and the seed.
class SyntheticCascade
{
public:
    static Cascade generate(int indicators, quint32 seed = 1);
};

} // namespace Tepat
