#pragma once

#include "check/CheckRule.h"

namespace Tepat {

// no-measure: an indicator that names no measure at all: a bare object or condition ("Kota
// Sehat", "Ketersediaan obat di Puskesmas", "Tenaga kesehatan yang terlatih") or a process
// ("Penertiban pedagang kaki lima", "Pendampingan UMKM"). Nothing in it can be counted, so no
// target can be checked. An error for the same reason as abstract-wording, which takes the
// indicators that state a hope; the two never report the same indicator.
class NoMeasureRule : public CheckRule
{
public:
    QLatin1String id() const override { return QLatin1String("no-measure"); }
    Severity defaultSeverity() const override { return Severity::Error; }
    LocalizedText title() const override;
    Subject subject() const override { return Subject::Indicator; }
    bool needsCascade() const override { return false; }
    void check(const IndicatorSubject &subject, QList<Finding> &findings) const override;
};

} // namespace Tepat
