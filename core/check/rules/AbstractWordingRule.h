#pragma once

#include "check/CheckRule.h"

namespace Tepat {

// abstract-wording: a sasaran written where an indicator belongs. "Meningkatnya …",
// "Terwujudnya …", "Peningkatan kualitas …", "Efektivitas …" state a hope or a quality, not a
// measure: nobody can show at the end of the year whether it came true. An error, since as
// written the indicator cannot be measured or verified; when a measure is inside ("Meningkatnya
// Indeks Pembangunan Manusia") the fix is to write the measure alone.
class AbstractWordingRule : public CheckRule
{
public:
    QLatin1String id() const override { return QLatin1String("abstract-wording"); }
    Severity defaultSeverity() const override { return Severity::Error; }
    LocalizedText title() const override;
    Subject subject() const override { return Subject::Indicator; }
    bool needsCascade() const override { return false; }
    void check(const IndicatorSubject &subject, QList<Finding> &findings) const override;
};

} // namespace Tepat
