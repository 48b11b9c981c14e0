#include "check/rules/TargetNotAValueRule.h"

#include "check/IndicatorSubject.h"

namespace Tepat {

LocalizedText TargetNotAValueRule::title() const
{
    return {QStringLiteral("Target berupa kata, bukan nilai"),
            QStringLiteral("Target is a word, not a value")};
}

void TargetNotAValueRule::check(const IndicatorSubject &subject, QList<Finding> &findings) const
{
    QStringList cells;
    const Indicator &indicator = subject.indicator();
    for (auto target = indicator.targets.cbegin(); target != indicator.targets.cend(); ++target) {
        if (target->kind() != TargetValue::Kind::Text)
            continue;
        cells.append(target.key() == 0
                         ? QStringLiteral("\"%1\"").arg(target->text())
                         : QStringLiteral("\"%1\" (%2)").arg(target->text()).arg(target.key()));
    }
    if (cells.isEmpty())
        return;
    const QString listed = cells.join(QStringLiteral(", "));
    findings.append(
        finding(subject,
                Finding::Field::target,
                {QStringLiteral("Target %1 adalah kata, bukan nilai: di akhir tahun tidak bisa "
                                "dibuktikan tercapai atau tidak.")
                     .arg(listed),
                 QStringLiteral("Target %1 is a word, not a value: at the end of the year nobody "
                                "can show whether it was reached.")
                     .arg(listed)},
                {QStringLiteral("Tulis angka beserta satuannya (mis. \"85 %\", \"3 hari\") atau "
                                "predikat pada skala baku (WTP, BB, A)."),
                 QStringLiteral("Write a number with its unit (e.g. \"85 %\", \"3 hari\") or a "
                                "grade on a standard scale (WTP, BB, A).")}));
}

} // namespace Tepat
