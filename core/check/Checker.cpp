#include "check/Checker.h"

#include "check/CheckRule.h"
#include "check/IndicatorSheet.h"
#include "check/IndicatorSubject.h"
#include "check/RuleRegistry.h"
#include "model/PkVersions.h"

namespace Tepat {

Checker::Checker(CheckSettings settings)
    : m_settings(std::move(settings))
{
    selectRules();
}

void Checker::selectRules()
{
    for (const auto &rule : RuleRegistry::all()) {
        if (!m_settings.isEnabled(QString(rule->id())))
            continue;
        switch (rule->subject()) {
        case CheckRule::Subject::Indicator:
            m_indicatorRules.append(rule.get());
            break;
        case CheckRule::Subject::PlanItem:
            m_planItemRules.append(rule.get());
            break;
        case CheckRule::Subject::Pk:
            m_pkRules.append(rule.get());
            break;
        }
    }
}

Checker::~Checker() = default;

bool Checker::isAdvice(const Finding &finding)
{
    if (finding.severity != Severity::Info)
        return false;
    const CheckRule *rule = RuleRegistry::find(finding.ruleId);
    return rule && rule->defaultSeverity() != Severity::Info;
}

void Checker::settle(QList<Finding> &found,
                     const CheckSettings &settings,
                     QList<Finding> *acknowledged)
{
    for (auto finding = found.begin(); finding != found.end();) {
        // A re-grade is about the rule's problems; the advice it gives (info) stays advice.
        if (const auto grade = settings.severities.constFind(finding->ruleId);
            grade != settings.severities.cend() && !isAdvice(*finding)) {
            finding->severity = *grade;
        }
        const bool accepted = std::any_of(settings.acknowledgements.cbegin(),
                                          settings.acknowledgements.cend(),
                                          [&](const Acknowledgement &acknowledgement) {
                                              return acknowledgement.objectId == finding->objectId
                                                  && acknowledgement.ruleId == finding->ruleId
                                                  && acknowledgement.field == finding->field;
                                          });
        if (accepted && acknowledged) {
            acknowledged->append(*finding);
            finding = found.erase(finding);
        } else {
            ++finding;
        }
    }
}

void Checker::checkSubject(qint64 id)
{
    m_bySubject.remove(id);
    m_acknowledgedBySubject.remove(id);
    if (const std::optional<Cascade::ObjectType> type = m_context->cascade().objectType(id))
        checkSubject(id, *type);
}

void Checker::checkSubject(qint64 id, Cascade::ObjectType type)
{
    const Cascade &cascade = m_context->cascade();
    QList<Finding> found;
    if (type == Cascade::ObjectType::Indicator) {
        const Indicator &indicator = *cascade.indicator(id);
        IndicatorSubject subject(
            indicator, m_context->tierOf(indicator), cascade.yearsOf(indicator));
        subject.setContext(m_context.get());
        for (const CheckRule *rule : std::as_const(m_indicatorRules))
            rule->check(subject, found);
    } else if (type == Cascade::ObjectType::PlanItem || type == Cascade::ObjectType::Pk) {
        for (const CheckRule *rule : type == Cascade::ObjectType::Pk ? m_pkRules : m_planItemRules)
            rule->check(*m_context, id, found);
    }
    if (found.isEmpty())
        return;
    QList<Finding> acknowledged;
    settle(found, m_settings, &acknowledged);
    if (!found.isEmpty())
        m_bySubject.insert(id, found);
    if (!acknowledged.isEmpty())
        m_acknowledgedBySubject.insert(id, acknowledged);
}

void Checker::checkAll(const Cascade &cascade)
{
    m_context = std::make_unique<CheckContext>(cascade);
    m_bySubject.clear();
    m_acknowledgedBySubject.clear();
    m_order.clear();
    QList<qint64> roots {0};
    for (const Opd &opd : cascade.opds())
        roots.append(opd.id);
    for (const PkDocument &pk : cascade.pks())
        roots.append(pk.id);
    // Depth first, so an item's findings come right before those of its indicators and children.
    // The walk knows what each object is, which spares a lookup per subject.
    const std::function<void(qint64)> walk = [&](qint64 parentId) {
        for (qint64 id : cascade.childItems(parentId)) {
            m_order.append(id);
            checkSubject(id, Cascade::ObjectType::PlanItem);
            for (qint64 indicatorId : cascade.indicatorsOf(id)) {
                m_order.append(indicatorId);
                checkSubject(indicatorId, Cascade::ObjectType::Indicator);
            }
            walk(id);
        }
    };
    for (qint64 root : roots) {
        if (root != 0 && cascade.objectType(root) == Cascade::ObjectType::Pk) {
            m_order.append(root);
            checkSubject(root, Cascade::ObjectType::Pk);
        }
        walk(root);
    }
    m_ordered = QSet<qint64>(m_order.cbegin(), m_order.cend());
}

void Checker::recheck(const QList<qint64> &changedIds)
{
    Q_ASSERT(m_context);
    const Cascade &cascade = m_context->cascade();
    QSet<qint64> affected = m_context->refresh(changedIds);
    for (qint64 id : changedIds) {
        affected.insert(id);
        const std::optional<Cascade::ObjectType> type = cascade.objectType(id);
        if (type == Cascade::ObjectType::Indicator) {
            for (qint64 server : m_context->servedBy(id))
                affected.insert(server);
            if (const PkDocument *pk = m_context->pkOfIndicator(*cascade.indicator(id)))
                affected.insert(pk->id);
        } else if (const PkDocument *pk
                   = type == Cascade::ObjectType::Pk ? cascade.pk(id) : nullptr) {
            // The year and level of a PK decide its indicators' years and tier.
            for (qint64 sasaran : cascade.childItems(pk->id))
                affected.unite(QSet<qint64>(cascade.indicatorsOf(sasaran).cbegin(),
                                            cascade.indicatorsOf(sasaran).cend()));
            // A PK Perubahan is judged by the version it changes (was that one signed?).
            if (const qint64 next = PkVersions::successor(cascade, pk->id))
                affected.insert(next);
        }
    }
    // An owner touched by the change may be a PK sasaran: its PK's rules look at all its rows.
    for (qint64 id : QList<qint64>(affected.cbegin(), affected.cend())) {
        if (const PlanItem *item = cascade.item(id)) {
            if (const PkDocument *pk = m_context->pkOfItem(*item))
                affected.insert(pk->id);
        }
    }
    for (qint64 id : std::as_const(affected)) {
        if (!m_ordered.contains(id) && cascade.objectType(id)) {
            m_order.append(id);
            m_ordered.insert(id);
        }
        checkSubject(id);
    }
}

QList<Finding> Checker::findings() const
{
    QList<Finding> result;
    for (qint64 id : m_order)
        result.append(m_bySubject.value(id));
    return result;
}

QList<Finding> Checker::findingsFor(qint64 objectId) const
{
    return m_bySubject.value(objectId);
}

QList<Finding> Checker::acknowledgedFindings() const
{
    QList<Finding> result;
    for (qint64 id : m_order)
        result.append(m_acknowledgedBySubject.value(id));
    return result;
}

QList<Finding> Checker::checkSheet(const IndicatorSheet &sheet, const CheckSettings &settings)
{
    QList<const CheckRule *> rules;
    for (const auto &rule : RuleRegistry::all()) {
        if (rule->subject() == CheckRule::Subject::Indicator && !rule->needsCascade()
            && settings.isEnabled(QString(rule->id()))) {
            rules.append(rule.get());
        }
    }
    QList<Finding> result;
    for (const CheckRule *rule : std::as_const(rules))
        rule->checkSheet(sheet, result);
    settle(result, settings, nullptr);
    for (const IndicatorSheet::Row &row : sheet.rows) {
        // Every row of a sheet is treated as an IKU: a sheet is what gets handed in as the IKU.
        IndicatorSubject subject(row.indicator, row.tier, sheet.years);
        subject.setIku(true);
        subject.setRow(row.number);
        subject.setFieldsPresent(sheet.hasSatuan,
                                 sheet.hasTarget,
                                 sheet.hasRumus,
                                 sheet.hasSumberData,
                                 sheet.hasPolaritas);
        QList<Finding> found;
        for (const CheckRule *rule : std::as_const(rules))
            rule->check(subject, found);
        for (Finding &finding : found)
            finding.objectId = 0;
        settle(found, settings, nullptr);
        result.append(found);
    }
    return result;
}

} // namespace Tepat
