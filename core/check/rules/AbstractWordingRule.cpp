#include "check/rules/AbstractWordingRule.h"

#include "check/IndicatorSubject.h"
#include "check/IndicatorWording.h"

namespace Tepat {

LocalizedText AbstractWordingRule::title() const
{
    return {QStringLiteral("Indikator ditulis sebagai sasaran (abstrak)"),
            QStringLiteral("Abstract wording: a goal, not a measure")};
}

void AbstractWordingRule::check(const IndicatorSubject &subject, QList<Finding> &findings) const
{
    const IndicatorWording &wording = IndicatorWording::of(subject);
    if (!wording.isAbstract())
        return;
    const QString head = wording.written(wording.abstractAt());
    const QString proposal = wording.proposal();

    if (wording.namesMeasure()) {
        findings.append(finding(
            subject,
            Finding::Field::text,
            {QStringLiteral("\"%1\" menyatakan harapan, bukan ukuran: ini sasaran yang ditulis "
                            "sebagai indikator. Ukurannya sudah ada di dalamnya: \"%2\".")
                 .arg(head, proposal),
             QStringLiteral("\"%1\" states a hope, not a measure: this is a sasaran written as an "
                            "indicator. Its measure is already in it: \"%2\".")
                 .arg(head, proposal)},
            {QStringLiteral("Tulis ukurannya saja: \"%1\". Arah perubahan dinyatakan oleh target "
                            "tahunan dan polaritas, bukan oleh kata \"%2\".")
                 .arg(proposal, head),
             QStringLiteral("Write the measure alone: \"%1\". The direction of change belongs in "
                            "the yearly targets and the polaritas, not in the word \"%2\".")
                 .arg(proposal, head)}));
        return;
    }

    const bool quality
        = wording.words()[wording.abstractAt()].kind == WordingLexicon::Kind::Quality;
    const LocalizedText message = quality
        ? LocalizedText {QStringLiteral(
                             "\"%1\" adalah sifat, bukan ukuran: indikator tidak menyebut "
                             "apa yang dihitung (persentase, indeks, nilai …), sehingga "
                             "capaiannya tidak bisa dibuktikan dengan data.")
                             .arg(head),
                         QStringLiteral(
                             "\"%1\" is a quality, not a measure: the indicator does not "
                             "say what is counted (a percentage, an index, a score …), so "
                             "its achievement cannot be shown with data.")
                             .arg(head)}
        : LocalizedText {
            QStringLiteral("\"%1\" menyatakan kondisi yang diharapkan, bukan ukuran: "
                           "ini sasaran yang ditulis sebagai indikator, tanpa menyebut "
                           "apa yang dihitung, sehingga capaiannya tidak bisa "
                           "dibuktikan dengan data.")
                .arg(head),
            QStringLiteral("\"%1\" states a hoped-for condition, not a measure: this is "
                           "a sasaran written as an indicator, naming nothing to count, "
                           "so its achievement cannot be shown with data.")
                .arg(head)};
    const LocalizedText suggestion = proposal.isEmpty()
        ? LocalizedText {QStringLiteral("Sebutkan ukuran (persentase, jumlah, rasio, indeks, "
                                        "nilai …) dan objek yang diukur."),
                         QStringLiteral(
                             "Name a measure (a percentage, a number, a ratio, an index, "
                             "a score …) and what it measures.")}
        : LocalizedText {
            QStringLiteral("Sebutkan ukuran dan objeknya, misalnya \"%1\".").arg(proposal),
            QStringLiteral("Name the measure and what it measures, e.g. \"%1\".").arg(proposal)};
    findings.append(finding(subject, Finding::Field::text, message, suggestion));
}

} // namespace Tepat
