#include "check/rules/RenstraSasaranUnlinkedRule.h"

#include "check/CheckContext.h"

namespace Tepat {

LocalizedText RenstraSasaranUnlinkedRule::title() const
{
    return {QStringLiteral("Sasaran Renstra tidak terhubung ke RPJMD"),
            QStringLiteral("Renstra sasaran not linked to the RPJMD")};
}

void RenstraSasaranUnlinkedRule::check(const CheckContext &context,
                                       qint64 subjectId,
                                       QList<Finding> &findings) const
{
    const PlanItem &item = *context.cascade().item(subjectId);
    if (item.kind != PlanItem::Kind::RenstraSasaran || item.supportsId != 0)
        return;
    findings.append(finding(
        subjectId,
        Finding::Field::supports,
        {QStringLiteral(
             "Sasaran Renstra \"%1\" belum dihubungkan ke sasaran RPJMD yang didukungnya.")
             .arg(item.name),
         QStringLiteral("Renstra sasaran \"%1\" is not linked to the RPJMD sasaran it supports.")
             .arg(item.name)},
        {QStringLiteral("Pilih sasaran RPJMD yang didukung sasaran ini."),
         QStringLiteral("Choose the RPJMD sasaran this sasaran supports.")}));
}

} // namespace Tepat
