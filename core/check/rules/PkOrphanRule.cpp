#include "check/rules/PkOrphanRule.h"

#include "check/CheckContext.h"
#include "check/IndicatorSubject.h"

namespace Tepat {

LocalizedText PkOrphanRule::title() const
{
    return {QStringLiteral("Indikator PK tidak terhubung ke atas"),
            QStringLiteral("PK indicator linked to nothing above")};
}

void PkOrphanRule::check(const IndicatorSubject &subject, QList<Finding> &findings) const
{
    const CheckContext *context = subject.context();
    if (!context || subject.indicator().servesId != 0
        || !context->pkOfIndicator(subject.indicator()))
        return;
    findings.append(finding(
        subject,
        Finding::Field::serves,
        {QStringLiteral("Indikator PK ini tidak terhubung ke indikator Renstra atau PK atasan mana "
                        "pun: kontribusinya pada sasaran di atasnya tidak terlihat."),
         QStringLiteral("This PK indicator is linked to no Renstra or superior-PK indicator: its "
                        "contribution to the level above cannot be seen.")},
        {QStringLiteral("Pilih indikator Renstra (atau indikator PK atasan) yang didukung oleh "
                        "indikator ini."),
         QStringLiteral("Choose the Renstra indicator (or the superior's PK indicator) this "
                        "indicator serves.")}));
}

} // namespace Tepat
