#pragma once

#include <QString>

namespace Tepat {

class IndicatorSubject;

// The unit an indicator's measure names by itself, where many RPJMD matrices leave the satuan
// out: a percentage is "%", an index "indeks", a ratio "rasio", the maternal mortality rate
// "per 100.000 KH", a predikat scale (opini BPK, nilai SAKIP) "predikat", and a count
// "Jumlah desa mandiri" counts "desa". The measures and their units are data
// (core/data/wording-lexicon.json, impliedSatuan). Empty when the measure implies none ("Nilai
// …", "Tingkat …" alone say nothing about the unit).
class ImpliedSatuan
{
public:
    static QString of(const IndicatorSubject &subject);
};

} // namespace Tepat
