#include "check/rules/PkTargetDiffersRule.h"

#include "check/CheckContext.h"
#include "check/IndicatorSubject.h"
#include "check/SatuanComparison.h"
#include "values/IndonesianNumber.h"

namespace Tepat {

LocalizedText PkTargetDiffersRule::title() const
{
    return {QStringLiteral("Target PK berbeda dari Renstra"),
            QStringLiteral("PK target differs from the Renstra")};
}

void PkTargetDiffersRule::check(const IndicatorSubject &subject, QList<Finding> &findings) const
{
    const CheckContext *context = subject.context();
    const Indicator &indicator = subject.indicator();
    if (!context || indicator.servesId == 0)
        return;
    const PkDocument *pk = context->pkOfIndicator(indicator);
    const Indicator *served = context->cascade().indicator(indicator.servesId);
    // Only the plan is the reference: an indicator serving a superior's PK indicator may
    // legitimately promise a part of it.
    if (!pk || !served || context->pkOfIndicator(*served))
        return;
    // Targets in different units say nothing about each other: pk-satuan-differs reports that.
    if (SatuanComparison::differ(indicator.satuan, served->satuan))
        return;
    const TargetValue &own = indicator.target(pk->year);
    const TargetValue &planned = served->target(pk->year);
    if (planned.kind() == TargetValue::Kind::Empty || own.kind() == TargetValue::Kind::Empty)
        return;
    const bool same = own.kind() == planned.kind() && own.number() == planned.number()
        && own.high() == planned.high() && own.boundOp() == planned.boundOp()
        && own.grade() == planned.grade() && own.text() == planned.text();
    if (same)
        return;
    LocalizedText difference;
    if (own.kind() == TargetValue::Kind::Number && planned.kind() == TargetValue::Kind::Number) {
        const Decimal delta = own.number() - planned.number();
        const QString amount = IndonesianNumber::format(delta.abs());
        difference = delta.isNegative()
            ? LocalizedText {QStringLiteral(", lebih rendah %1").arg(amount),
                             QStringLiteral(", %1 lower").arg(amount)}
            : LocalizedText {QStringLiteral(", lebih tinggi %1").arg(amount),
                             QStringLiteral(", %1 higher").arg(amount)};
    }
    const QString ownText = own.toString();
    const QString plannedText = planned.toString();
    findings.append(finding(
        subject,
        Finding::Field::target,
        {QStringLiteral("Target PK %1 adalah %2, sedangkan target Renstra tahun itu %3%4.")
             .arg(pk->year)
             .arg(ownText, plannedText, difference.id),
         QStringLiteral("The %1 PK target is %2, while the Renstra target for that year is %3%4.")
             .arg(pk->year)
             .arg(ownText, plannedText, difference.en)},
        {QStringLiteral("Samakan target PK dengan Renstra (%1), atau ubah Renstra lebih dahulu "
                        "bila memang direvisi.")
             .arg(plannedText),
         QStringLiteral("Use the Renstra target (%1), or revise the Renstra first if the target "
                        "really changed.")
             .arg(plannedText)}));
}

} // namespace Tepat
