#include "measure/CapaianEngine.h"

#include "measure/CapaianFormula.h"
#include "measure/RealisasiCombiner.h"
#include "model/PkVersions.h"

#include <QSet>

namespace Tepat {

namespace {

// The quarters' own targets add up to the target s.d. triwulan n only when every one of them is
// a number: a sum over a missing quarter would promise less than the PK does.
std::optional<Decimal> quarterlySum(const TargetsInForce &targets, int quarter)
{
    Decimal sum;
    for (int tw = 1; tw <= quarter; ++tw) {
        const TargetValue &target = targets.quarterly[tw - 1];
        if (target.kind() != TargetValue::Kind::Number)
            return std::nullopt;
        sum = sum + target.number();
    }
    return sum;
}

bool anyQuarterly(const TargetsInForce &targets, int quarter)
{
    for (int tw = 1; tw <= quarter; ++tw) {
        if (targets.quarterly[tw - 1].kind() != TargetValue::Kind::Empty)
            return true;
    }
    return false;
}

LocalizedText joined(const QList<LocalizedText> &notes)
{
    LocalizedText result;
    for (const LocalizedText &note : notes) {
        result.id += (result.id.isEmpty() ? QString() : QStringLiteral(" ")) + note.id;
        result.en += (result.en.isEmpty() ? QString() : QStringLiteral(" ")) + note.en;
    }
    return result;
}

} // namespace

CapaianEngine::CapaianEngine(MeasureSettings settings)
    : m_settings(std::move(settings))
{}

Capaian CapaianEngine::measure(const Indicator &indicator,
                               const TargetsInForce &targets,
                               int quarter,
                               const TargetValue &yearRealisasi) const
{
    Q_ASSERT(quarter >= 1 && quarter <= Realisasi::quarterCount);
    Capaian capaian;
    capaian.quarter = quarter;
    capaian.metode = Metode::of(indicator);
    capaian.target = targets.annual;
    QList<LocalizedText> notes;

    if (yearRealisasi.kind() != TargetValue::Kind::Empty) {
        capaian.realisasi = RealisasiCombiner::resolve(yearRealisasi, targets.annual);
    } else {
        RealisasiCombiner::Combined combined = RealisasiCombiner::combine(
            indicator.realisasi, quarter, capaian.metode, targets.annual);
        capaian.realisasi = combined.value;
        capaian.quarters = combined.quarters;
        notes = combined.notes;
        if (capaian.metode == Metode::Kind::Kumulatif) {
            if (const auto sum = quarterlySum(targets, quarter)) {
                capaian.target = TargetValue::fromNumber(*sum, targets.annual.unit());
                capaian.quarterlyTarget = true;
            } else if (anyQuarterly(targets, quarter)) {
                notes.append({QStringLiteral("Target triwulan tidak lengkap s.d. %1: diukur "
                                             "terhadap target tahunan.")
                                  .arg(Realisasi::quarterName(quarter)),
                              QStringLiteral("The quarters' targets up to %1 are incomplete: "
                                             "measured against the year's target.")
                                  .arg(Realisasi::quarterName(quarter))});
            }
        }
    }

    CapaianFormula::Outcome outcome = CapaianFormula::compute(
        capaian.target, capaian.realisasi, indicator.polaritas, m_settings);
    capaian.value = outcome.value;
    capaian.formula = outcome.formula;
    capaian.gradeComparison = outcome.gradeComparison;
    notes.append(outcome.notes);
    capaian.note = joined(notes);
    if (capaian.value) {
        capaian.kategori = m_settings.kategori.bandOf(*capaian.value);
        if (capaian.kategori)
            capaian.kategoriLabel = m_settings.kategori.bands()[*capaian.kategori].label;
    }
    return capaian;
}

Capaian
CapaianEngine::measure(const Cascade &cascade, const Indicator &indicator, int quarter) const
{
    Capaian capaian = measure(indicator, TargetInForce::of(cascade, indicator, quarter), quarter);
    capaian.indicatorId = indicator.id;
    return capaian;
}

QList<Capaian> CapaianEngine::measurePk(const Cascade &cascade, qint64 pkId, int quarter) const
{
    QList<Capaian> result;
    const PkDocument *pk = cascade.pk(pkId);
    if (!pk)
        return result;
    const qint64 inForce = PkVersions::inForceInTriwulan(cascade, pkId, quarter);
    for (qint64 sasaran : cascade.childItems(pkId)) {
        for (qint64 id : cascade.indicatorsOf(sasaran)) {
            const Indicator &indicator = *cascade.indicator(id);
            result.append(
                measure(indicator, TargetInForce::of(cascade, *pk, inForce, indicator), quarter));
            result.last().indicatorId = id;
        }
    }
    return result;
}

QList<Capaian> CapaianEngine::measureYear(const Cascade &cascade, int year, int quarter) const
{
    // Only the newest version of each PK: a PK Perubahan carries the realisasi of the version it
    // changes, and TargetInForce measures its earlier quarters against that version's targets,
    // so measuring the replaced versions too would count their indicators twice.
    QSet<qint64> replaced;
    for (const PkDocument &pk : cascade.pks()) {
        if (pk.previousVersionId != 0)
            replaced.insert(pk.previousVersionId);
    }
    QList<Capaian> result;
    for (const PkDocument &pk : cascade.pks()) {
        if (pk.year == year && !replaced.contains(pk.id))
            result.append(measurePk(cascade, pk.id, quarter));
    }
    return result;
}

int CapaianEngine::lastReportedQuarter(const Cascade &cascade, int year)
{
    int last = 0;
    for (const PkDocument &pk : cascade.pks()) {
        if (pk.year != year)
            continue;
        for (qint64 sasaran : cascade.childItems(pk.id)) {
            for (qint64 id : cascade.indicatorsOf(sasaran))
                last = std::max(last, cascade.indicator(id)->realisasi.lastReportedQuarter());
        }
    }
    return last;
}

} // namespace Tepat
