#pragma once

#include "base/LocalizedText.h"
#include "measure/Metode.h"
#include "values/TargetValue.h"

#include <QList>

#include <optional>

namespace Tepat {

// The capaian of one indicator up to a triwulan, with everything a report or a check needs to
// show and explain it.
struct Capaian
{
    qint64 indicatorId = 0; // 0 for a sheet row
    int quarter = 0;        // "s.d. triwulan n"
    Metode::Kind metode = Metode::Kind::NilaiAkhir;
    TargetValue target;           // what it was measured against: the year's or the quarters' sum
    bool quarterlyTarget = false; // the target is the sum of the quarters' targets
    TargetValue realisasi;        // combined; a Number or a grade, Empty when none was reported
    QList<int> quarters;          // the triwulan the realisasi came from
    std::optional<Decimal> value; // per cent, two decimals; none: see note
    std::optional<int> kategori;  // the band of the workspace's scale
    QString kategoriLabel;
    LocalizedText formula;
    LocalizedText note; // why there is no value, or what was assumed; empty when nothing was
    bool gradeComparison = false;

    // "95,45 %": two decimals, always, as capaian is reported.
    static QString percentText(const Decimal &value);
    // A target or combined realisasi as a table shows it: a mean's long tail cut to two
    // decimals ("83,33"), a grade by its label.
    static QString valueText(const TargetValue &value);
};

} // namespace Tepat
