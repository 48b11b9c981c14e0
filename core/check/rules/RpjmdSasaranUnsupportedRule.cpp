#include "check/rules/RpjmdSasaranUnsupportedRule.h"

#include "check/CheckContext.h"

namespace Tepat {

LocalizedText RpjmdSasaranUnsupportedRule::title() const
{
    return {QStringLiteral("Sasaran RPJMD tanpa OPD pendukung"),
            QStringLiteral("RPJMD sasaran no OPD supports")};
}

void RpjmdSasaranUnsupportedRule::check(const CheckContext &context,
                                        qint64 subjectId,
                                        QList<Finding> &findings) const
{
    const PlanItem &item = *context.cascade().item(subjectId);
    if (item.kind != PlanItem::Kind::RpjmdSasaran || !context.supportedBy(subjectId).isEmpty())
        return;
    findings.append(finding(
        subjectId,
        Finding::Field::supports,
        {QStringLiteral("Sasaran RPJMD \"%1\" tidak didukung sasaran Renstra OPD mana pun.")
             .arg(item.name),
         QStringLiteral("RPJMD sasaran \"%1\" is supported by no OPD's Renstra sasaran.")
             .arg(item.name)},
        {QStringLiteral(
             "Tentukan OPD pengampu dan hubungkan sasaran Renstra-nya ke sasaran RPJMD ini."),
         QStringLiteral(
             "Assign the responsible OPD and link its Renstra sasaran to this RPJMD sasaran.")}));
}

} // namespace Tepat
