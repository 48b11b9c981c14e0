#pragma once

#include "check/ResultsRule.h"

namespace Tepat {

// realisasi-no-evidence: a realisasi reported without bukti, or on an indicator without a
// sumber data: "di mana datanya?". A number without its source cannot be verified by the
// Inspektorat. An IKU's missing sumber data is iku-sumber-data-missing's finding already.
class RealisasiNoEvidenceRule : public ResultsRule
{
public:
    QLatin1String id() const override { return QLatin1String("realisasi-no-evidence"); }
    Severity defaultSeverity() const override { return Severity::Warning; }
    LocalizedText title() const override;
    void check(const IndicatorSubject &subject, QList<Finding> &findings) const override;
};

} // namespace Tepat
