#include "check/rules/PkSatuanDiffersRule.h"

#include "check/CheckContext.h"
#include "check/IndicatorSubject.h"
#include "check/SatuanComparison.h"

namespace Tepat {

LocalizedText PkSatuanDiffersRule::title() const
{
    return {QStringLiteral("Satuan PK berbeda dari Renstra"),
            QStringLiteral("PK satuan differs from the Renstra")};
}

void PkSatuanDiffersRule::check(const IndicatorSubject &subject, QList<Finding> &findings) const
{
    const CheckContext *context = subject.context();
    const Indicator &indicator = subject.indicator();
    if (!context || indicator.servesId == 0)
        return;
    const Indicator *served = context->cascade().indicator(indicator.servesId);
    // As pk-target-differs: only the plan is the reference, not a superior's PK.
    if (!context->pkOfIndicator(indicator) || !served || context->pkOfIndicator(*served))
        return;
    if (!SatuanComparison::differ(indicator.satuan, served->satuan))
        return;
    const PlanItem *owner = context->cascade().item(served->ownerId);
    const bool rpjmd = owner
        && (owner->kind == PlanItem::Kind::RpjmdTujuan
            || owner->kind == PlanItem::Kind::RpjmdSasaran);
    const QString plan = rpjmd ? QStringLiteral("RPJMD") : QStringLiteral("Renstra");
    findings.append(finding(
        subject,
        Finding::Field::satuan,
        {QStringLiteral("Satuan indikator PK ini (%1) berbeda dari satuan indikator %2 yang "
                        "didukungnya, \"%3\" (%4): targetnya tidak dapat dibandingkan, dan "
                        "tautannya mungkin keliru.")
             .arg(indicator.satuan, plan, served->text, served->satuan),
         QStringLiteral("This PK indicator's satuan (%1) differs from that of the %2 indicator it "
                        "serves, \"%3\" (%4): their targets cannot be compared, and the link is "
                        "probably wrong.")
             .arg(indicator.satuan, plan, served->text, served->satuan)},
        {QStringLiteral("Periksa apakah indikator ini memang mendukung \"%1\"; bila ya, pakai "
                        "satuan %2.")
             .arg(served->text, served->satuan),
         QStringLiteral("Check that this indicator really serves \"%1\"; if it does, use the "
                        "satuan %2.")
             .arg(served->text, served->satuan)}));
}

} // namespace Tepat
