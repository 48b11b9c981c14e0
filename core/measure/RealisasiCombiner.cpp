#include "measure/RealisasiCombiner.h"

namespace Tepat {

TargetValue RealisasiCombiner::resolve(const TargetValue &realisasi, const TargetValue &target)
{
    if (realisasi.kind() == TargetValue::Kind::Grade && target.kind() == TargetValue::Kind::Grade
        && realisasi.grade().scaleId != target.grade().scaleId) {
        // "A" is read as a predikat SAKIP first; against an IKM target it is mutu A.
        if (const GradeScale *scale = GradeScale::find(target.grade().scaleId)) {
            if (const auto grade = scale->grade(realisasi.grade().label))
                return TargetValue::fromGrade(*grade);
        }
        return realisasi;
    }
    if (realisasi.kind() != TargetValue::Kind::Text || target.kind() != TargetValue::Kind::Grade)
        return realisasi;
    if (const GradeScale *scale = GradeScale::find(target.grade().scaleId)) {
        if (const auto grade = scale->grade(realisasi.text()))
            return TargetValue::fromGrade(*grade);
    }
    return realisasi;
}

RealisasiCombiner::Combined RealisasiCombiner::combine(const Realisasi &realisasi,
                                                       int upToQuarter,
                                                       Metode::Kind metode,
                                                       const TargetValue &target)
{
    Combined combined;
    QList<TargetValue> values;
    for (int quarter = 1; quarter <= upToQuarter; ++quarter) {
        const TargetValue &cell = realisasi.triwulan(quarter).realisasi;
        if (cell.kind() == TargetValue::Kind::Empty)
            continue;
        const TargetValue value = resolve(cell, target);
        if (value.kind() != TargetValue::Kind::Number && value.kind() != TargetValue::Kind::Grade) {
            // A cell that is neither decides the result: no capaian, and the formula names it.
            combined.value = value;
            combined.quarters = {quarter};
            return combined;
        }
        combined.quarters.append(quarter);
        values.append(value);
    }
    if (values.isEmpty())
        return combined;
    const TargetValue &last = values.last();
    if (metode == Metode::Kind::NilaiAkhir || last.kind() == TargetValue::Kind::Grade) {
        if (metode != Metode::Kind::NilaiAkhir) {
            combined.notes.append({QStringLiteral("Predikat tidak dijumlah atau dirata-rata: "
                                                  "predikat terakhir yang dipakai."),
                                   QStringLiteral("Grades are neither added nor averaged: the "
                                                  "last reported grade counts.")});
        }
        combined.value = last;
        combined.quarters = {combined.quarters.last()};
        return combined;
    }
    Decimal sum;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (values[i].kind() == TargetValue::Kind::Grade) {
            combined.value = values[i];
            combined.quarters = {combined.quarters[i]};
            combined.notes.append(
                {QStringLiteral("Realisasi %1 berupa predikat, triwulan lain berupa angka.")
                     .arg(Realisasi::quarterName(combined.quarters.first())),
                 QStringLiteral("The realisasi of %1 is a grade, other quarters are numbers.")
                     .arg(Realisasi::quarterName(combined.quarters.first()))});
            return combined;
        }
        sum = sum + values[i].number();
    }
    if (metode == Metode::Kind::Kumulatif) {
        combined.value = TargetValue::fromNumber(sum, last.unit());
    } else {
        const auto mean = sum.divided(Decimal::fromInt(values.size()), Decimal::maxScale);
        combined.value = TargetValue::fromNumber(mean.value_or(Decimal()), last.unit());
    }
    return combined;
}

} // namespace Tepat
