#include "check/rules/TargetMissingRule.h"

#include "check/IndicatorSubject.h"

namespace Tepat {

LocalizedText TargetMissingRule::title() const
{
    return {QStringLiteral("Target tidak ada"), QStringLiteral("Target missing")};
}

void TargetMissingRule::check(const IndicatorSubject &subject, QList<Finding> &findings) const
{
    if (!subject.hasTargetField())
        return;
    QStringList missing;
    for (int year : subject.years()) {
        if (subject.indicator().target(year).kind() == TargetValue::Kind::Empty)
            missing.append(year == 0 ? QString() : QString::number(year));
    }
    if (missing.isEmpty())
        return;
    const bool single = missing.size() == 1 && missing.first().isEmpty();
    const QString years = missing.join(QStringLiteral(", "));
    findings.append(finding(
        subject,
        Finding::Field::target,
        single ? LocalizedText {QStringLiteral("Target belum diisi."), QStringLiteral("No target.")}
               : LocalizedText {QStringLiteral("Target tahun %1 belum diisi.").arg(years),
                                QStringLiteral("No target for %1.").arg(years)},
        {QStringLiteral("Isi target berupa angka (atau predikat pada skala baku) untuk setiap "
                        "tahun, mengacu pada Renstra."),
         QStringLiteral("Enter a number (or a grade on a standard scale) for every year, following "
                        "the Renstra.")}));
}

} // namespace Tepat
