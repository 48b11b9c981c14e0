#pragma once

#include "check/CheckRule.h"
#include "model/PkDocument.h"

#include <QList>

namespace Tepat {

struct MeasureSettings;

// The base of the rules on results ("ada hasil"): they look at the realisasi of PK indicators,
// which only a workspace has, so they never run on a sheet.
class ResultsRule : public CheckRule
{
public:
    Subject subject() const override { return Subject::Indicator; }
    bool needsCascade() const override { return true; }

protected:
    // The PK of a workspace indicator; nullptr outside PKs, for a sheet and for a PK version
    // that a PK Perubahan changes.
    static const PkDocument *pkOf(const IndicatorSubject &subject);
    static const MeasureSettings &settingsOf(const IndicatorSubject &subject);
    // "TW II, TW III".
    static QString quarterList(const QList<int> &quarters);
};

} // namespace Tepat
