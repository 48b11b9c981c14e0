#include "check/ReviewSummary.h"

#include "check/RuleRegistry.h"

namespace Tepat {

void ReviewSummary::Counts::add(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        ++errors;
        break;
    case Severity::Warning:
        ++warnings;
        break;
    case Severity::Info:
        ++infos;
        break;
    }
}

QString ReviewSummary::objectLabel(const Cascade &cascade, qint64 objectId)
{
    if (const Indicator *indicator = cascade.indicator(objectId))
        return tr("Indicator: %1").arg(indicator->text);
    if (const PlanItem *item = cascade.item(objectId))
        return tr("%1: %2").arg(PlanItem::displayName(item->kind), item->name);
    if (const PkDocument *pk = cascade.pk(objectId)) {
        const Opd *opd = cascade.opd(pk->opdId);
        return tr("PK %1 %2").arg(pk->year).arg(opd ? opd->name : cascade.pemda().name);
    }
    if (const Opd *opd = cascade.opd(objectId))
        return opd->name;
    return tr("(deleted since)");
}

ReviewSummary ReviewSummary::of(const Cascade &cascade,
                                const QList<Finding> &findings,
                                QDate date,
                                Language language)
{
    ReviewSummary summary;
    summary.pemda = cascade.pemda().name;
    summary.date = date;
    QHash<qint64, Counts> byOpd;
    QHash<QString, Counts> byRule;
    for (const Finding &finding : findings) {
        byOpd[cascade.opdOf(finding.objectId)].add(finding.severity);
        byRule[finding.ruleId].add(finding.severity);
        summary.total.add(finding.severity);
    }
    summary.opds.append({cascade.pemda().name, byOpd.value(0)});
    for (const Opd &opd : cascade.opds())
        summary.opds.append({opd.name, byOpd.value(opd.id)});
    for (const auto &rule : RuleRegistry::all()) {
        const QString id = QString(rule->id());
        if (const auto found = byRule.constFind(id); found != byRule.cend()) {
            summary.rules.append({rule->title().text(language), *found, id});
            byRule.erase(found);
        }
    }
    // A rule id this Tepat no longer knows still counts.
    for (auto it = byRule.cbegin(); it != byRule.cend(); ++it)
        summary.rules.append({it.key(), it.value()});
    for (const ReviewComment &comment : cascade.comments()) {
        if (comment.resolved)
            continue;
        summary.openComments.append(
            {objectLabel(cascade, comment.objectId), comment.author, comment.at, comment.text});
    }
    return summary;
}

} // namespace Tepat
