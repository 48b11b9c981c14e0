#include "check/rules/SatuanMissingRule.h"

#include "check/IndicatorSubject.h"

namespace Tepat {

namespace {

// "-", "…" or "0" typed to get past a mandatory column are no unit either.
bool isUsable(const QString &satuan)
{
    return std::any_of(satuan.cbegin(), satuan.cend(), [](QChar c) {
        return c.isLetter() || c == QLatin1Char('%');
    });
}

} // namespace

LocalizedText SatuanMissingRule::title() const
{
    return {QStringLiteral("Satuan tidak ada"), QStringLiteral("Satuan missing")};
}

void SatuanMissingRule::check(const IndicatorSubject &subject, QList<Finding> &findings) const
{
    if (!subject.hasSatuanField() && !subject.hasTargetField())
        return;
    const Indicator &indicator = subject.indicator();
    if (isUsable(indicator.satuan))
        return;
    for (const TargetValue &target : indicator.targets) {
        if (isUsable(target.unit()))
            return;
    }
    const bool typedSomething = !indicator.satuan.trimmed().isEmpty();
    findings.append(finding(
        subject,
        Finding::Field::satuan,
        typedSomething
            ? LocalizedText {QStringLiteral("Satuan \"%1\" bukan satuan ukur: target tidak bisa "
                                            "dibaca tanpa satuan.")
                                 .arg(indicator.satuan),
                             QStringLiteral("\"%1\" is not a unit of measure: a target cannot be "
                                            "read without one.")
                                 .arg(indicator.satuan)}
            : LocalizedText {QStringLiteral(
                                 "Satuan belum diisi: angka target tidak bermakna tanpa satuan."),
                             QStringLiteral(
                                 "No satuan: a target number means nothing without its unit.")},
        {QStringLiteral("Isi satuan yang sesuai dengan indikator, misalnya %, orang, hari, indeks, "
                        "nilai, predikat atau Rp."),
         QStringLiteral("Fill in the unit that fits the indicator, e.g. %, orang, hari, indeks, "
                        "nilai, predikat or Rp.")}));
}

} // namespace Tepat
