#pragma once

#include "measure/Capaian.h"
#include "measure/TargetInForce.h"
#include "model/Cascade.h"

namespace Tepat {

// Measures PK indicators: combines the triwulan up to n by the indicator's metode, picks the
// target (for kumulatif the sum of the quarters' targets up to n when every one of them is a
// number, else the year's), applies CapaianFormula and names the kategori by the workspace's
// scale. The quarter is always a parameter: a result never depends on today's date.
class CapaianEngine
{
public:
    explicit CapaianEngine(MeasureSettings settings);

    const MeasureSettings &settings() const { return m_settings; }

    // yearRealisasi, when not Empty, is the year's realisasi as a sheet gives it: it wins over
    // the triwulan.
    Capaian measure(const Indicator &indicator,
                    const TargetsInForce &targets,
                    int quarter,
                    const TargetValue &yearRealisasi = {}) const;
    // A PK indicator of the cascade, against TargetInForce.
    Capaian measure(const Cascade &cascade, const Indicator &indicator, int quarter) const;
    // Every indicator of the PK, sasaran by sasaran.
    QList<Capaian> measurePk(const Cascade &cascade, qint64 pkId, int quarter) const;
    // Every indicator of every PK of the year, in the order of the cascade; of a PK with a PK
    // Perubahan only the newest version, which carries the year's realisasi.
    QList<Capaian> measureYear(const Cascade &cascade, int year, int quarter) const;

    // The last triwulan any indicator of the year's PKs has a realisasi for; 0 when none has.
    static int lastReportedQuarter(const Cascade &cascade, int year);

private:
    MeasureSettings m_settings;
};

} // namespace Tepat
