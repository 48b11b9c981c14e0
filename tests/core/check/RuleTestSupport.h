#pragma once

#include "check/CheckRule.h"
#include "check/IndicatorSubject.h"
#include "check/RuleRegistry.h"

#include <QStringList>

#include <catch2/catch.hpp>

namespace Tepat::RuleTest {

// An indicator as a sheet row would give it: text, satuan and targets for 2025… in order.
inline Indicator indicator(const QString &text, const QString &satuan, const QStringList &targets)
{
    Indicator result;
    result.id = 1;
    result.text = text;
    result.satuan = satuan;
    for (int i = 0; i < targets.size(); ++i)
        result.targets.insert(2025 + i, TargetValue::parse(targets[i]));
    return result;
}

inline QList<int> years(int count)
{
    QList<int> result;
    for (int i = 0; i < count; ++i)
        result.append(2025 + i);
    return result;
}

// Runs one registered rule on one subject and returns its findings.
inline QList<Finding> run(QLatin1String ruleId, const IndicatorSubject &subject)
{
    const CheckRule *rule = RuleRegistry::find(QString(ruleId));
    REQUIRE(rule);
    QList<Finding> findings;
    rule->check(subject, findings);
    for (const Finding &finding : findings) {
        CHECK(finding.ruleId == ruleId);
        CHECK_FALSE(finding.message.id.isEmpty());
        CHECK_FALSE(finding.message.en.isEmpty());
        CHECK_FALSE(finding.suggestion.id.isEmpty());
        CHECK_FALSE(finding.suggestion.en.isEmpty());
    }
    return findings;
}

inline QList<Finding>
run(QLatin1String ruleId, const Indicator &indicator, Tier tier = Tier::Strategis)
{
    IndicatorSubject subject(indicator, tier, years(int(indicator.targets.size())));
    subject.setIku(indicator.iku);
    return run(ruleId, subject);
}

} // namespace Tepat::RuleTest
