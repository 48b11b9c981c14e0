#pragma once

#include "model/RealisasiAnalisis.h"
#include "model/RealisasiTriwulan.h"

#include <QList>

namespace Tepat {

// The four triwulan of one PK indicator's year and the OPD's analisis of the year. Most indicators
// of a workspace (RPJMD, Renstra, PKs not yet measured) have no triwulan, so an empty one holds no
// quarters at all. Invariant: it holds either no quarter or all four, and then at least one is not
// empty.
class Realisasi
{
public:
    static constexpr int quarterCount = 4;
    // "TW I" … "TW IV", as reports and both languages name them.
    static QString quarterName(int quarter);

    // quarter is 1 to 4; an unset quarter reads as an empty one.
    const RealisasiTriwulan &triwulan(int quarter) const;
    void setTriwulan(int quarter, const RealisasiTriwulan &value);
    const RealisasiAnalisis &analisis() const { return m_analisis; }
    void setAnalisis(const RealisasiAnalisis &analisis) { m_analisis = analisis; }
    bool isEmpty() const { return m_quarters.isEmpty() && m_analisis.isEmpty(); }
    // Whether any quarter has a realisasi.
    bool isReported() const;
    // The last triwulan with a realisasi, 0 when none has one.
    int lastReportedQuarter() const;

    friend bool operator==(const Realisasi &, const Realisasi &) = default;

private:
    QList<RealisasiTriwulan> m_quarters;
    RealisasiAnalisis m_analisis;
};

} // namespace Tepat
