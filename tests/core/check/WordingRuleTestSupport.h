#pragma once

#include "check/CheckRule.h"
#include "check/IndicatorSubject.h"
#include "check/RuleRegistry.h"

#include <QStringList>

#include <catch2/catch.hpp>

namespace Tepat::WordingRuleTest {

// Runs one registered wording rule on an indicator text with plausible satuan and targets, and
// checks what every finding must carry: the rule id, the text field and both languages.
inline QList<Finding> findings(const QString &ruleId, const char *text, Tier tier = Tier::Strategis)
{
    const CheckRule *rule = RuleRegistry::find(ruleId);
    REQUIRE(rule);
    Indicator indicator;
    indicator.id = 1;
    indicator.text = QString::fromUtf8(text);
    indicator.satuan = QStringLiteral("%");
    indicator.targets.insert(2025, TargetValue::parse(u"80"));
    indicator.targets.insert(2026, TargetValue::parse(u"85"));
    const IndicatorSubject subject(indicator, tier, {2025, 2026});
    QList<Finding> found;
    rule->check(subject, found);
    for (const Finding &finding : std::as_const(found)) {
        CHECK(finding.ruleId == ruleId);
        CHECK(finding.field == QStringLiteral("text"));
        CHECK(finding.objectId == 1);
        CHECK_FALSE(finding.message.id.isEmpty());
        CHECK_FALSE(finding.message.en.isEmpty());
        CHECK_FALSE(finding.suggestion.id.isEmpty());
        CHECK_FALSE(finding.suggestion.en.isEmpty());
    }
    return found;
}

} // namespace Tepat::WordingRuleTest
