#include "check/rules/SasaranWithoutIndicatorRule.h"

#include "check/CheckContext.h"

namespace Tepat {

LocalizedText SasaranWithoutIndicatorRule::title() const
{
    return {QStringLiteral("Sasaran tanpa indikator"),
            QStringLiteral("Sasaran without an indicator")};
}

void SasaranWithoutIndicatorRule::check(const CheckContext &context,
                                        qint64 subjectId,
                                        QList<Finding> &findings) const
{
    const Cascade &cascade = context.cascade();
    const PlanItem &item = *cascade.item(subjectId);
    const bool sasaran = item.kind == PlanItem::Kind::RpjmdSasaran
        || item.kind == PlanItem::Kind::RenstraSasaran || item.kind == PlanItem::Kind::PkSasaran;
    if (!sasaran || !cascade.indicatorsOf(subjectId).isEmpty())
        return;
    findings.append(finding(
        subjectId,
        Finding::Field::indicators,
        {QStringLiteral("Sasaran \"%1\" belum punya indikator: ketercapaiannya tidak bisa diukur.")
             .arg(item.name),
         QStringLiteral(
             "Sasaran \"%1\" has no indicator: whether it is reached cannot be measured.")
             .arg(item.name)},
        {QStringLiteral("Tambahkan sekurang-kurangnya satu indikator hasil (outcome) dengan satuan "
                        "dan target."),
         QStringLiteral("Add at least one outcome indicator with a unit and targets.")}));
}

} // namespace Tepat
