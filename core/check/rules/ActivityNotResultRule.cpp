#include "check/rules/ActivityNotResultRule.h"

#include "check/IndicatorSubject.h"
#include "check/IndicatorWording.h"

namespace Tepat {

LocalizedText ActivityNotResultRule::title() const
{
    return {QStringLiteral("Kegiatan, bukan hasil"), QStringLiteral("Activity, not result")};
}

void ActivityNotResultRule::check(const IndicatorSubject &subject, QList<Finding> &findings) const
{
    if (subject.tier() == Tier::Kegiatan)
        return;
    const IndicatorWording &wording = IndicatorWording::of(subject);
    if (wording.activityAt() < 0)
        return;
    const QString activity = wording.written(wording.activityAt(), wording.activityLength());
    const bool strategic = subject.tier() == Tier::Strategis;
    const QString level
        = strategic ? QStringLiteral("sasaran strategis") : QStringLiteral("sasaran program");
    const QString result = wording.resultProposal();

    const LocalizedText message {
        QStringLiteral("Pada tingkat %1, \"%2\" adalah kegiatan, bukan hasil: banyaknya atau "
                       "terlaksananya kegiatan tidak menunjukkan perubahan yang dirasakan "
                       "masyarakat.")
            .arg(level, activity),
        QStringLiteral("At the level of a %1, \"%2\" is an activity, not a result: how many were "
                       "held, or that they were held, shows no change for the people served.")
            .arg(level, activity)};
    const LocalizedText suggestion = result.isEmpty()
        ? LocalizedText {QStringLiteral("Ukur perubahan yang dituju kegiatan itu pada masyarakat "
                                        "atau layanan. Hitungan kegiatan tepat untuk PK eselon IV "
                                        "(sasaran kegiatan)."),
                         QStringLiteral("Measure the change the activity is meant to bring to "
                                        "people or services. Counting activities fits an eselon IV "
                                        "PK (sasaran kegiatan).")}
        : LocalizedText {QStringLiteral("Ukur hasil yang dituju kegiatan itu, misalnya \"%1\". "
                                        "Hitungan kegiatan tepat untuk PK eselon IV (sasaran "
                                        "kegiatan).")
                             .arg(result),
                         QStringLiteral("Measure the result the activity is for, e.g. \"%1\". "
                                        "Counting activities fits an eselon IV PK (sasaran "
                                        "kegiatan).")
                             .arg(result)};
    findings.append(finding(subject, Finding::Field::text, message, suggestion));
}

} // namespace Tepat
