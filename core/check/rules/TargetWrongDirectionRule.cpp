#include "check/rules/TargetWrongDirectionRule.h"

#include "check/ImpliedSatuan.h"
#include "check/IndicatorSheet.h"
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

// The score a predikat is written with, "A (82,14)": the series moves by it.
std::optional<Decimal> scoreOf(const TargetValue &target)
{
    if (target.qualifier().isEmpty())
        return std::nullopt;
    const TargetValue score = TargetValue::parse(target.qualifier());
    return score.comparableNumber();
}

// The series in year order, or empty when it mixes grades with numbers and so has no order.
// Grades that all carry a score compare by their scores.
QList<Point> seriesOf(const Indicator &indicator, const QList<int> &years, bool &grades)
{
    const bool scored = std::all_of(years.cbegin(), years.cend(), [&](int year) {
        const TargetValue &target = indicator.target(year);
        return target.kind() != TargetValue::Kind::Grade || scoreOf(target);
    });
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
            if (scored) {
                points.append({year, *scoreOf(target), &target});
                break;
            }
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

bool isPercentUnit(const QString &unit)
{
    const QString text = unit.trimmed().toLower();
    return text.startsWith(u'%') || text == QLatin1String("persen")
        || text == QLatin1String("persentase");
}

// A series flat at 100 is at its limit when it is a share (its satuan, a target cell or the
// measure say per cent) or an index capped at 100.
bool isCappedAt100(const IndicatorSubject &subject)
{
    const Indicator &indicator = subject.indicator();
    if (isPercentUnit(indicator.satuan)
        || std::any_of(indicator.targets.cbegin(),
                       indicator.targets.cend(),
                       [](const TargetValue &target) { return isPercentUnit(target.unit()); })) {
        return true;
    }
    const QString implied = indicator.satuan.trimmed().isEmpty() ? ImpliedSatuan::of(subject)
                                                                 : indicator.satuan.trimmed();
    return isPercentUnit(implied) || implied.compare(u"indeks", Qt::CaseInsensitive) == 0;
}

const LocalizedText howToGivePolaritas {
    QStringLiteral("Isi polaritas: positif bila makin tinggi makin baik, negatif bila makin "
                   "rendah makin baik, stabil bila nilainya dijaga dalam rentang."),
    QStringLiteral("Set the polaritas: positif when higher is better, negatif when lower is "
                   "better, stabil when the value is kept within a band.")};

// Whether the rule judges the indicator's trend at all: results, not routine outputs, and only
// with at least two yearly targets to compare.
bool isTrendChecked(const IndicatorSubject &subject, const QList<Point> &points)
{
    return subject.tier() != Tier::Kegiatan && points.size() >= 2;
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
    // "Tahun depan harus naik" is about results: twelve monthly reports a year or the staff
    // paid follow the budget and the routine, not a performance trend.
    if (subject.tier() == Tier::Kegiatan)
        return;
    bool grades = false;
    const QList<Point> points = seriesOf(subject.indicator(), subject.years(), grades);
    if (!isTrendChecked(subject, points))
        return;
    const PolarityInference::Result polarity = PolarityInference::infer(subject);
    if (polarity.polaritas == Indicator::Polaritas::Stabilize)
        return;
    if (!polarity.isKnown()) {
        // A sheet without a polaritas column says so once, for all its rows.
        if (!subject.hasPolaritasField())
            return;
        Finding unknown = finding(
            subject,
            Finding::Field::polaritas,
            {QStringLiteral("Polaritas tidak diisi, dan dari kata \"%1\" tidak jelas apakah makin "
                            "tinggi atau makin rendah makin baik; arah target tidak diperiksa.")
                 .arg(polarity.cue),
             QStringLiteral("No polaritas is given, and the words \"%1\" do not tell whether "
                            "higher or lower is better; the direction of the targets is not "
                            "checked.")
                 .arg(polarity.cue)},
            howToGivePolaritas);
        unknown.severity = Severity::Info;
        findings.append(unknown);
        return;
    }
    const bool maximise = polarity.polaritas != Indicator::Polaritas::Minimize;

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
        : (maximise ? level >= Decimal::fromInt(100) && isCappedAt100(subject) : level.isZero());
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

void TargetWrongDirectionRule::checkSheet(const IndicatorSheet &sheet,
                                          QList<Finding> &findings) const
{
    if (sheet.hasPolaritas)
        return;
    bool anyTrend = false;
    QList<int> unknown;
    for (const IndicatorSheet::Row &row : sheet.rows) {
        IndicatorSubject subject(row.indicator, row.tier, sheet.years);
        bool grades = false;
        if (!isTrendChecked(subject, seriesOf(row.indicator, sheet.years, grades)))
            continue;
        anyTrend = true;
        if (!PolarityInference::infer(subject).isKnown())
            unknown.append(row.number);
    }
    if (!anyTrend)
        return;
    LocalizedText message {
        QStringLiteral("Tabel ini tidak punya kolom polaritas: arah target dibaca dari kata-kata "
                       "indikator."),
        QStringLiteral("This table has no polaritas column: the direction of the targets is read "
                       "from the indicators' words.")};
    if (!unknown.isEmpty()) {
        message.id += QStringLiteral(" Pada %1 kata-katanya tidak menentukan arah, jadi arah "
                                     "targetnya tidak diperiksa.")
                          .arg(rowList(unknown, Language::Indonesian));
        message.en += QStringLiteral(" On %1 the words do not tell the direction, so the targets "
                                     "are not checked for it.")
                          .arg(rowList(unknown, Language::English));
    }
    findings.append(sheetFinding(
        sheet,
        Finding::Field::polaritas,
        message,
        {QStringLiteral("Tambahkan kolom polaritas (positif, negatif atau stabil) agar arah "
                        "target setiap indikator diperiksa."),
         QStringLiteral("Add a polaritas column (positif, negatif or stabil) so that the "
                        "direction of every indicator's targets is checked.")}));
}

} // namespace Tepat
