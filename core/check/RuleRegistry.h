#pragma once

#include "check/CheckRule.h"

#include <memory>
#include <vector>

namespace Tepat {

// Every rule Tepat knows, in the order findings are reported for one object. Adding a rule means
// adding it here, a section to docs/checks.md and golden cases to its test.
class RuleRegistry
{
public:
    static const std::vector<std::unique_ptr<CheckRule>> &all();
    static const CheckRule *find(QStringView id);
    // The rule's title, what people read where a finding is discussed; the id itself for a rule
    // this Tepat no longer knows.
    static QString title(QStringView id, Language language);
};

} // namespace Tepat
