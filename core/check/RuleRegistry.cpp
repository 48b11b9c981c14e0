#include "check/RuleRegistry.h"

#include "check/rules/AbstractWordingRule.h"
#include "check/rules/ActivityNotResultRule.h"
#include "check/rules/CapaianLowNoKendalaRule.h"
#include "check/rules/DuplicateIndicatorRule.h"
#include "check/rules/IkuFieldMissingRule.h"
#include "check/rules/IkuNotInPkRule.h"
#include "check/rules/NoMeasureRule.h"
#include "check/rules/PercentOver100Rule.h"
#include "check/rules/PkAnggaranTotalRule.h"
#include "check/rules/PkEmptyRule.h"
#include "check/rules/PkOrphanRule.h"
#include "check/rules/PkPerubahanAlasanRule.h"
#include "check/rules/PkPerubahanUnsignedRule.h"
#include "check/rules/PkProgramNoAnggaranRule.h"
#include "check/rules/PkSatuanDiffersRule.h"
#include "check/rules/PkTargetDiffersRule.h"
#include "check/rules/RealisasiFallsRule.h"
#include "check/rules/RealisasiMissingRule.h"
#include "check/rules/RealisasiNoEvidenceRule.h"
#include "check/rules/RealisasiPercentOver100Rule.h"
#include "check/rules/RealisasiTenfoldRule.h"
#include "check/rules/RenstraSasaranUnlinkedRule.h"
#include "check/rules/RpjmdSasaranUnsupportedRule.h"
#include "check/rules/SasaranWithoutIndicatorRule.h"
#include "check/rules/SatuanMissingRule.h"
#include "check/rules/TargetMissingRule.h"
#include "check/rules/TargetNotAValueRule.h"
#include "check/rules/TargetWrongDirectionRule.h"

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
        list.push_back(std::make_unique<PkSatuanDiffersRule>());
        list.push_back(std::make_unique<IkuNotInPkRule>());
        list.push_back(std::make_unique<SasaranWithoutIndicatorRule>());
        list.push_back(std::make_unique<RenstraSasaranUnlinkedRule>());
        list.push_back(std::make_unique<RpjmdSasaranUnsupportedRule>());
        list.push_back(std::make_unique<PkProgramNoAnggaranRule>());
        list.push_back(std::make_unique<PkAnggaranTotalRule>());
        list.push_back(std::make_unique<PkEmptyRule>());
        list.push_back(std::make_unique<PkPerubahanAlasanRule>());
        list.push_back(std::make_unique<PkPerubahanUnsignedRule>());
        list.push_back(std::make_unique<DuplicateIndicatorRule>());
        // The results ("ada hasil"): realisasi of PK indicators.
        list.push_back(std::make_unique<RealisasiMissingRule>());
        list.push_back(std::make_unique<CapaianLowNoKendalaRule>());
        list.push_back(std::make_unique<RealisasiNoEvidenceRule>());
        list.push_back(std::make_unique<RealisasiPercentOver100Rule>());
        list.push_back(std::make_unique<RealisasiFallsRule>());
        list.push_back(std::make_unique<RealisasiTenfoldRule>());
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

QString RuleRegistry::title(QStringView id, Language language)
{
    const CheckRule *rule = find(id);
    return rule ? rule->title().text(language) : id.toString();
}

} // namespace Tepat
