#pragma once

#include "check/CheckContext.h"
#include "check/Finding.h"
#include "model/CheckSettings.h"

#include <QHash>

#include <memory>

namespace Tepat {

class CheckRule;
struct IndicatorSheet;

// Runs the rules over a workspace and keeps the findings per subject (indicator, plan item or
// PK), so that after an edit only the subjects the edit can affect are checked again: the
// changed objects, what they link to and what links to them, their owner and their PK. That
// keeps findings live while the user types in a workspace of a hundred thousand indicators.
class Checker
{
public:
    explicit Checker(CheckSettings settings = {});
    ~Checker();

    void checkAll(const Cascade &cascade);
    // The cascade must be the one given to checkAll, after the edit that changed these objects
    // (added, modified or removed).
    void recheck(const QList<qint64> &changedIds);
    // A sheet has no cascade: only the rules that do not need one run, on every row and on the
    // table as a whole (a column it lacks is said once, at the header row).
    static QList<Finding> checkSheet(const IndicatorSheet &sheet,
                                     const CheckSettings &settings = {});

    // In the order of the cascade: RPJMD, then each OPD's Renstra, then the PKs.
    QList<Finding> findings() const;
    QList<Finding> findingsFor(qint64 objectId) const;
    QList<Finding> acknowledgedFindings() const;
    const CheckSettings &settings() const { return m_settings; }

private:
    // Forgets what was found on the subject and checks it again, if it still exists.
    void checkSubject(qint64 id);
    void checkSubject(qint64 id, Cascade::ObjectType type);
    // Re-grades and filters what a rule reported, by the workspace's settings.
    static void
    settle(QList<Finding> &found, const CheckSettings &settings, QList<Finding> *acknowledged);
    // An info finding of a rule whose problems are errors or warnings: advice, such as the note
    // that a sheet has no satuan column.
    static bool isAdvice(const Finding &finding);

    void selectRules();

    CheckSettings m_settings;
    // The enabled rules for each kind of subject, chosen once from the settings.
    QList<const CheckRule *> m_indicatorRules;
    QList<const CheckRule *> m_planItemRules;
    QList<const CheckRule *> m_pkRules;
    std::unique_ptr<CheckContext> m_context;
    QList<qint64> m_order;
    QSet<qint64> m_ordered;
    QHash<qint64, QList<Finding>> m_bySubject;
    QHash<qint64, QList<Finding>> m_acknowledgedBySubject;
};

} // namespace Tepat
