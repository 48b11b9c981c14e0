#pragma once

#include "check/Tier.h"
#include "model/Indicator.h"

#include <QStringList>

namespace Tepat {

class CheckContext;

// What an indicator rule looks at: the indicator, the level it is promised at, and what its
// source can say. A sheet without a `rumus` column says nothing about formulas, so a rule must
// not complain on every row that they are missing (it says so once, for the sheet); a workspace
// always carries every field.
class IndicatorSubject
{
public:
    IndicatorSubject(const Indicator &indicator, Tier tier, QList<int> years);

    const Indicator &indicator() const { return *m_indicator; }
    Tier tier() const { return m_tier; }
    // The years that must have a target: the RPJMD period, or the year of a PK.
    const QList<int> &years() const { return m_years; }
    bool isIku() const { return m_iku; }
    int row() const { return m_row; }
    // The workspace around the indicator; nullptr for a sheet, which has no cascade.
    const CheckContext *context() const { return m_context; }

    bool hasSatuanField() const { return m_hasSatuan; }
    bool hasTargetField() const { return m_hasTarget; }
    bool hasRumusField() const { return m_hasRumus; }
    bool hasSumberDataField() const { return m_hasSumberData; }
    bool hasPolaritasField() const { return m_hasPolaritas; }

    // The indicator text in lower case, split into words at anything but letters, digits and
    // inner hyphens ("rata-rata" stays one word). Computed once and shared by the rules.
    const QStringList &words() const;

    void setIku(bool iku) { m_iku = iku; }
    void setRow(int row) { m_row = row; }
    void setContext(const CheckContext *context) { m_context = context; }
    void setFieldsPresent(bool satuan, bool target, bool rumus, bool sumberData, bool polaritas);

private:
    const Indicator *m_indicator;
    Tier m_tier;
    QList<int> m_years;
    bool m_iku = false;
    int m_row = -1;
    const CheckContext *m_context = nullptr;
    bool m_hasSatuan = true;
    bool m_hasTarget = true;
    bool m_hasRumus = true;
    bool m_hasSumberData = true;
    bool m_hasPolaritas = true;
    mutable std::optional<QStringList> m_words;
};

} // namespace Tepat
