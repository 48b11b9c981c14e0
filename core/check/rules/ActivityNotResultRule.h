#pragma once

#include "check/CheckRule.h"

namespace Tepat {

// activity-not-result: a sasaran strategis or program measured by the activities of the office
// ("Jumlah rapat koordinasi", "Terlaksananya sosialisasi", "Persentase laporan yang disusun")
// instead of the change they are for. Program indicators count too: Permendagri 86/2017 gives a
// program outcome indicators and a kegiatan output indicators, so only Tier::Kegiatan (eselon IV)
// may count activities. A warning: the indicator is measurable, only aimed at the wrong level.
class ActivityNotResultRule : public CheckRule
{
public:
    QLatin1String id() const override { return QLatin1String("activity-not-result"); }
    Severity defaultSeverity() const override { return Severity::Warning; }
    LocalizedText title() const override;
    Subject subject() const override { return Subject::Indicator; }
    bool needsCascade() const override { return false; }
    void check(const IndicatorSubject &subject, QList<Finding> &findings) const override;
};

} // namespace Tepat
