#include "check/CheckRule.h"

#include "check/IndicatorSubject.h"

namespace Tepat {

void CheckRule::check(const IndicatorSubject &, QList<Finding> &) const
{
    Q_ASSERT_X(
        false, "CheckRule::check", "an indicator rule must override check(IndicatorSubject)");
}

void CheckRule::check(const CheckContext &, qint64, QList<Finding> &) const
{
    Q_ASSERT_X(
        false, "CheckRule::check", "a plan item or PK rule must override check(CheckContext)");
}

Finding CheckRule::finding(const IndicatorSubject &subject,
                           QLatin1String field,
                           LocalizedText message,
                           LocalizedText suggestion) const
{
    Finding result
        = finding(subject.indicator().id, field, std::move(message), std::move(suggestion));
    result.row = subject.row();
    return result;
}

Finding CheckRule::finding(qint64 objectId,
                           QLatin1String field,
                           LocalizedText message,
                           LocalizedText suggestion) const
{
    Finding result;
    result.ruleId = QString(id());
    result.severity = defaultSeverity();
    result.objectId = objectId;
    result.field = QString(field);
    result.message = std::move(message);
    result.suggestion = std::move(suggestion);
    return result;
}

} // namespace Tepat
