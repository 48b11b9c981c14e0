#include "check/rules/NoMeasureRule.h"

#include "check/IndicatorSubject.h"
#include "check/IndicatorWording.h"

namespace Tepat {

LocalizedText NoMeasureRule::title() const
{
    return {QStringLiteral("Indikator tanpa ukuran"), QStringLiteral("No measure named")};
}

void NoMeasureRule::check(const IndicatorSubject &subject, QList<Finding> &findings) const
{
    const IndicatorWording &wording = IndicatorWording::of(subject);
    if (wording.isEmpty() || wording.isAbstract() || wording.namesMeasure())
        return;
    const QString text = subject.indicator().text.simplified();
    const QString head = wording.written(wording.headAt()).toLower();
    const QString proposal = wording.proposal();

    LocalizedText message;
    switch (wording.bare()) {
    case IndicatorWording::Bare::Process:
        message = {QStringLiteral("\"%1\" menyebut proses (%2), bukan ukuran hasilnya: tidak ada "
                                  "yang bisa dihitung dan dibandingkan dengan target.")
                       .arg(text, head),
                   QStringLiteral("\"%1\" names a process (%2), not a measure of its result: "
                                  "nothing can be counted and compared with a target.")
                       .arg(text, head)};
        break;
    case IndicatorWording::Bare::State:
        message = {QStringLiteral("\"%1\" menyebut keadaan (%2) tanpa ukuran: tidak jelas apa "
                                  "yang dihitung dan dari data apa.")
                       .arg(text, head),
                   QStringLiteral("\"%1\" names a condition (%2) without a measure: it is unclear "
                                  "what is counted and from which data.")
                       .arg(text, head)};
        break;
    case IndicatorWording::Bare::Object:
        message = {QStringLiteral("\"%1\" tidak menyebut ukuran (persentase, jumlah, rasio, "
                                  "indeks, nilai …): tidak jelas apa yang dihitung dan dari data "
                                  "apa.")
                       .arg(text),
                   QStringLiteral("\"%1\" names no measure (a percentage, a number, a ratio, an "
                                  "index, a score …): it is unclear what is counted and from "
                                  "which data.")
                       .arg(text)};
        break;
    }
    const LocalizedText suggestion = proposal.isEmpty()
        ? LocalizedText {QStringLiteral("Awali dengan ukuran (persentase, jumlah, rasio, indeks, "
                                        "nilai …) dan sebutkan objek yang diukur."),
                         QStringLiteral("Start with a measure (a percentage, a number, a ratio, an "
                                        "index, a score …) and name what it measures.")}
        : LocalizedText {
            QStringLiteral("Tulis ukuran hasilnya, misalnya \"%1\".").arg(proposal),
            QStringLiteral("Write a measure of the result, e.g. \"%1\".").arg(proposal)};
    findings.append(finding(subject, Finding::Field::text, message, suggestion));
}

} // namespace Tepat
