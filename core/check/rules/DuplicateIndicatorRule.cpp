#include "check/rules/DuplicateIndicatorRule.h"

#include "check/CheckContext.h"

#include <QSet>

namespace Tepat {

LocalizedText DuplicateIndicatorRule::title() const
{
    return {QStringLiteral("Indikator ganda dalam satu PK"),
            QStringLiteral("Duplicate indicator in one PK")};
}

void DuplicateIndicatorRule::check(const CheckContext &context,
                                   qint64 subjectId,
                                   QList<Finding> &findings) const
{
    const Cascade &cascade = context.cascade();
    QSet<QString> seen;
    QStringList duplicates;
    for (qint64 sasaran : cascade.childItems(subjectId)) {
        for (qint64 id : cascade.indicatorsOf(sasaran)) {
            const QString text = cascade.indicator(id)->text;
            const QString key = text.simplified().toCaseFolded();
            if (key.isEmpty())
                continue;
            if (seen.contains(key))
                duplicates.append(QStringLiteral("\"%1\"").arg(text.simplified()));
            else
                seen.insert(key);
        }
    }
    if (duplicates.isEmpty())
        return;
    const QString listed = duplicates.join(QStringLiteral(", "));
    findings.append(
        finding(subjectId,
                Finding::Field::indicators,
                {QStringLiteral("Indikator muncul lebih dari sekali dalam PK ini: %1.").arg(listed),
                 QStringLiteral("Indicators listed more than once in this PK: %1.").arg(listed)},
                {QStringLiteral(
                     "Hapus baris ganda, atau bedakan indikatornya bila memang mengukur hal lain."),
                 QStringLiteral("Remove the repeated row, or word the indicators apart if they "
                                "measure different things.")}));
}

} // namespace Tepat
