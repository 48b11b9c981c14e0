#pragma once

#include "check/CheckRule.h"

namespace Tepat {

// iku-rumus-missing and iku-sumber-data-missing: an IKU whose Manual IKU does not say how it is
// computed or where its data comes from ("di mana datanya?"). A sheet's table without the
// column gets one piece of advice instead. One class for both, since they differ only in the
// field they read.
class IkuFieldMissingRule : public CheckRule
{
public:
    enum class Field { Rumus, SumberData };

    explicit IkuFieldMissingRule(Field field);

    QLatin1String id() const override;
    Severity defaultSeverity() const override;
    LocalizedText title() const override;
    Subject subject() const override { return Subject::Indicator; }
    bool needsCascade() const override { return false; }
    void check(const IndicatorSubject &subject, QList<Finding> &findings) const override;
    void checkSheet(const IndicatorSheet &sheet, QList<Finding> &findings) const override;

private:
    Field m_field;
};

} // namespace Tepat
