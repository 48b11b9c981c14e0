#pragma once

#include "model/Realisasi.h"
#include "values/TargetValue.h"

#include <QMap>
#include <QString>

namespace Tepat {

// A performance indicator at any level of the cascade, with the fields of a Manual IKU. Targets
// are kept per year: five for an RPJMD or Renstra indicator, one for a PK indicator.
struct Indicator
{
    enum class Polaritas { NotGiven, Maximize, Minimize, Stabilize };
    enum class Jenis { NotGiven, Input, Output, Outcome, Impact };
    enum class TipePerhitungan { NotGiven, Kumulatif, NonKumulatif, RataRata };
    enum class PeriodePelaporan { NotGiven, Bulanan, Triwulanan, Semesteran, Tahunan };

    qint64 id = 0;
    qint64 ownerId = 0; // the plan item that carries it
    QString text;
    QString satuan;
    TargetValue baseline;
    QMap<int, TargetValue> targets;
    QString definisi;
    QString alasan;
    QString rumus;
    TipePerhitungan tipePerhitungan = TipePerhitungan::NotGiven;
    QString sumberData;
    Polaritas polaritas = Polaritas::NotGiven;
    Jenis jenis = Jenis::NotGiven;
    PeriodePelaporan periodePelaporan = PeriodePelaporan::NotGiven;
    QString penanggungJawab;
    bool iku = false;
    // The indicator one level up that this one contributes to (a PK indicator's Renstra or
    // superior-PK indicator); 0 when not linked, which the checker reports as an orphan.
    qint64 servesId = 0;
    // What was reached in each triwulan of the year; PK indicators only. Not part of the signed
    // agreement: a PK with realisasi prints as it did without.
    Realisasi realisasi;
    // In a PK Perubahan: the indicator of the earlier version this one was copied from, so that
    // the two can be compared and realisasi followed across versions; 0 otherwise.
    qint64 previousVersionId = 0;

    // The target of a year, or an empty one; by reference, since the checker reads every target
    // of every indicator.
    const TargetValue &target(int year) const
    {
        static const TargetValue none;
        const auto found = targets.constFind(year);
        return found == targets.cend() ? none : *found;
    }

    friend bool operator==(const Indicator &, const Indicator &) = default;
};

} // namespace Tepat
