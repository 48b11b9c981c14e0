#include "RuleRegistry.h"

#include "rules/AbstractWordingRule.h"
#include "rules/ActivityNotResultRule.h"
#include "rules/DuplicateIndicatorRule.h"
#include "rules/IkuFieldMissingRule.h"
#include "rules/IkuNotInPkRule.h"
#include "rules/NoMeasureRule.h"
#include "rules/PercentOver100Rule.h"
#include "rules/PkAnggaranTotalRule.h"
#include "rules/PkOrphanRule.h"
#include "rules/PkProgramNoAnggaranRule.h"
#include "rules/PkTargetDiffersRule.h"
#include "rules/RenstraSasaranUnlinkedRule.h"
#include "rules/RpjmdSasaranUnsupportedRule.h"
#include "rules/SasaranWithoutIndicatorRule.h"
#include "rules/SatuanMissingRule.h"
#include "rules/TargetMissingRule.h"
#include "rules/TargetNotAValueRule.h"
#include "rules/TargetWrongDirectionRule.h"

namespace Tepat {

const std::vector<std::unique_ptr<CheckRule>> &RuleRegistry::all()
{
    static const std::vector<std::unique_ptr<CheckRule>> rules = [] {
        std::vector<std::unique_ptr<CheckRule>> list;
        // The wording of one indicator.
        list.push_back(std::make_unique<AbstractWordingRule>());
        list.push_back(std::make_unique<NoMeasureRule>());
        list.push_back(std::make_unique<ActivityNotResultRule>());
        // Measurability of one indicator.
        list.push_back(std::make_unique<SatuanMissingRule>());
        list.push_back(std::make_unique<TargetMissingRule>());
        list.push_back(std::make_unique<TargetNotAValueRule>());
        list.push_back(std::make_unique<PercentOver100Rule>());
        list.push_back(std::make_unique<TargetWrongDirectionRule>());
        list.push_back(std::make_unique<IkuFieldMissingRule>(IkuFieldMissingRule::Field::Rumus));
        list.push_back(
            std::make_unique<IkuFieldMissingRule>(IkuFieldMissingRule::Field::SumberData));
        // The cascade.
        list.push_back(std::make_unique<PkOrphanRule>());
        list.push_back(std::make_unique<PkTargetDiffersRule>());
        list.push_back(std::make_unique<IkuNotInPkRule>());
        list.push_back(std::make_unique<SasaranWithoutIndicatorRule>());
        list.push_back(std::make_unique<RenstraSasaranUnlinkedRule>());
        list.push_back(std::make_unique<RpjmdSasaranUnsupportedRule>());
        list.push_back(std::make_unique<PkProgramNoAnggaranRule>());
        list.push_back(std::make_unique<PkAnggaranTotalRule>());
        list.push_back(std::make_unique<DuplicateIndicatorRule>());
        return list;
    }();
    return rules;
}

const CheckRule *RuleRegistry::find(QStringView id)
{
    for (const auto &rule : all()) {
        if (id == rule->id())
            return rule.get();
    }
    return nullptr;
}

} // namespace Tepat
