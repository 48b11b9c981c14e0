#include "check/rules/TargetWrongDirectionRule.h"

#include "check/IndicatorSubject.h"
#include "check/PolarityInference.h"

namespace Tepat {

namespace {

struct Point
{
    int year;
    Decimal level; // higher is more: the value, the middle of a range, or minus a grade's rank
    // Written out only for a finding: most series are fine, and formatting is the costly part.
    const TargetValue *target;
    QString shown() const { return target->toString(); }
};

// The series in year order, or empty when it mixes grades with numbers and so has no order.
QList<Point> seriesOf(const Indicator &indicator, const QList<int> &years, bool &grades)
{
    QList<Point> points;
    int gradeCount = 0;
    static const Decimal half = *Decimal::fromCanonical(u"0.5");
    for (int year : years) {
        const TargetValue &target = indicator.target(year);
        switch (target.kind()) {
        case TargetValue::Kind::Number:
        case TargetValue::Kind::Bound:
            points.append({year, target.number(), &target});
            break;
        case TargetValue::Kind::Range:
            points.append({year, (target.number() + target.high()).multiplied(half), &target});
            break;
        case TargetValue::Kind::Grade:
            ++gradeCount;
            points.append({year, Decimal::fromInt(-target.grade().rank), &target});
            break;
        case TargetValue::Kind::Empty:
        case TargetValue::Kind::Text:
            break;
        }
    }
    grades = gradeCount > 0;
    if (gradeCount > 0 && gradeCount != points.size())
        return {};
    return points;
}

bool isPercent(const Indicator &indicator)
{
    return indicator.satuan.trimmed() == QLatin1String("%")
        || indicator.satuan.trimmed().compare(QLatin1String("persen"), Qt::CaseInsensitive) == 0
        || std::any_of(
               indicator.targets.cbegin(), indicator.targets.cend(), [](const TargetValue &target) {
                   return target.unit() == QLatin1String("%");
               });
}

} // namespace

LocalizedText TargetWrongDirectionRule::title() const
{
    return {QStringLiteral("Arah target tidak sesuai polaritas"),
            QStringLiteral("Targets move the wrong way")};
}

void TargetWrongDirectionRule::check(const IndicatorSubject &subject,
                                     QList<Finding> &findings) const
{
    const PolarityInference::Result polarity = PolarityInference::infer(subject);
    if (polarity.polaritas == Indicator::Polaritas::Stabilize)
        return;
    const bool maximise = polarity.polaritas != Indicator::Polaritas::Minimize;
    bool grades = false;
    const QList<Point> points = seriesOf(subject.indicator(), subject.years(), grades);
    if (points.size() < 2)
        return;

    LocalizedText inferred;
    if (polarity.inferred) {
        const QString cue
            = polarity.cue.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(polarity.cue);
        inferred = maximise
            ? LocalizedText {QStringLiteral(
                                 " Polaritas tidak diisi, jadi dianggap makin tinggi makin baik."),
                             QStringLiteral(
                                 " No polaritas is given, so higher is taken to be better.")}
            : LocalizedText {
                QStringLiteral(
                    " Polaritas tidak diisi; dari kata%1 dianggap makin rendah makin baik.")
                    .arg(cue),
                QStringLiteral(
                    " No polaritas is given; from the words%1 lower is taken to be better.")
                    .arg(cue)};
    }
    const LocalizedText fixPolarity {
        QStringLiteral(" Bila arah yang dimaksud lain, isi polaritas indikator."),
        QStringLiteral(" If the intended direction differs, set the indicator's polaritas.")};

    for (qsizetype i = 1; i < points.size(); ++i) {
        const Point &before = points[i - 1];
        const Point &after = points[i];
        const bool wrong = maximise ? after.level < before.level : after.level > before.level;
        if (!wrong)
            continue;
        const QString moved = maximise ? QStringLiteral("turun") : QStringLiteral("naik");
        const QString movedEn = maximise ? QStringLiteral("falls") : QStringLiteral("rises");
        findings.append(finding(
            subject,
            Finding::Field::target,
            {QStringLiteral("Target %1 dari %2 (%3) menjadi %4 (%5).")
                     .arg(moved, before.shown())
                     .arg(before.year)
                     .arg(after.shown())
                     .arg(after.year)
                 + inferred.id,
             QStringLiteral("The target %1 from %2 (%3) to %4 (%5).")
                     .arg(movedEn, before.shown())
                     .arg(before.year)
                     .arg(after.shown())
                     .arg(after.year)
                 + inferred.en},
            {(maximise ? QStringLiteral("Target tahun berikutnya sekurang-kurangnya sama dengan "
                                        "tahun sebelumnya; naikkan target %1.")
                       : QStringLiteral("Target tahun berikutnya paling tinggi sama dengan tahun "
                                        "sebelumnya; turunkan target %1."))
                     .arg(after.year)
                 + fixPolarity.id,
             (maximise
                  ? QStringLiteral(
                      "Each year's target should be at least the year before; raise the %1 target.")
                  : QStringLiteral(
                      "Each year's target should be at most the year before; lower the %1 target."))
                     .arg(after.year)
                 + fixPolarity.en}));
        return;
    }

    const bool flat = std::all_of(points.cbegin(), points.cend(), [&](const Point &point) {
        return point.level == points.first().level;
    });
    if (!flat)
        return;
    const Decimal level = points.first().level;
    const bool atLimit = grades
        ? level.isZero() // rank 0: the top grade
        : (maximise ? isPercent(subject.indicator()) && level >= Decimal::fromInt(100)
                    : level.isZero());
    if (atLimit)
        return;
    findings.append(finding(
        subject,
        Finding::Field::target,
        {QStringLiteral(
             "Target tetap %1 dari %2 sampai %3: tidak ada peningkatan kinerja yang dijanjikan.")
                 .arg(points.first().shown())
                 .arg(points.first().year)
                 .arg(points.last().year)
             + inferred.id,
         QStringLiteral("The target stays at %1 from %2 to %3: no improvement is promised.")
                 .arg(points.first().shown())
                 .arg(points.first().year)
                 .arg(points.last().year)
             + inferred.en},
        {QStringLiteral("Tetapkan target yang %1 dari tahun ke tahun sesuai kemampuan.")
                 .arg(maximise ? QStringLiteral("naik") : QStringLiteral("turun"))
             + fixPolarity.id,
         QStringLiteral("Set targets that %1 year by year, within reach.")
                 .arg(maximise ? QStringLiteral("rise") : QStringLiteral("fall"))
             + fixPolarity.en}));
}

} // namespace Tepat
