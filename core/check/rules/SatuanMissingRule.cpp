#include "check/rules/SatuanMissingRule.h"

#include "check/ImpliedSatuan.h"
#include "check/IndicatorSheet.h"
#include "check/IndicatorSubject.h"

#include <QMap>

namespace Tepat {

namespace {

// "-", "…", "0" or "NA" typed to get past a mandatory column are no unit either.
bool isUsable(const QString &satuan)
{
    const QString text = satuan.trimmed().toLower();
    if (text == QLatin1String("na") || text == QLatin1String("n/a") || text == QLatin1String("n.a.")
        || text == QLatin1String("n.a")) {
        return false;
    }
    return std::any_of(
        text.cbegin(), text.cend(), [](QChar c) { return c.isLetter() || c == QLatin1Char('%'); });
}

// The satuan of the indicator or, failing that, a unit written in one of its target cells.
bool hasUnit(const Indicator &indicator)
{
    return isUsable(indicator.satuan)
        || std::any_of(indicator.targets.cbegin(),
                       indicator.targets.cend(),
                       [](const TargetValue &target) { return isUsable(target.unit()); });
}

} // namespace

LocalizedText SatuanMissingRule::title() const
{
    return {QStringLiteral("Satuan tidak ada"), QStringLiteral("Satuan missing")};
}

void SatuanMissingRule::check(const IndicatorSubject &subject, QList<Finding> &findings) const
{
    // A table without a satuan column says so once, for all its rows.
    if (!subject.hasSatuanField())
        return;
    const Indicator &indicator = subject.indicator();
    if (hasUnit(indicator))
        return;
    const bool typedSomething = !indicator.satuan.trimmed().isEmpty();
    const QString implied = ImpliedSatuan::of(subject);
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
        implied.isEmpty()
            ? LocalizedText {QStringLiteral("Isi satuan yang sesuai dengan indikator, misalnya %, "
                                            "orang, hari, indeks, nilai, predikat atau Rp."),
                             QStringLiteral("Fill in the unit that fits the indicator, e.g. %, "
                                            "orang, hari, indeks, nilai, predikat or Rp.")}
            : LocalizedText {QStringLiteral("Isi satuan \"%1\", yang tersirat dari ukuran "
                                            "indikator ini.")
                                 .arg(implied),
                             QStringLiteral("Fill in the satuan \"%1\", which the indicator's "
                                            "measure implies.")
                                 .arg(implied)}));
}

void SatuanMissingRule::checkSheet(const IndicatorSheet &sheet, QList<Finding> &findings) const
{
    if (sheet.hasSatuan)
        return;
    // The rows without a unit anywhere, by the unit their measure implies ("" for none).
    QMap<QString, QList<int>> byUnit;
    QStringList order;
    for (const IndicatorSheet::Row &row : sheet.rows) {
        if (hasUnit(row.indicator))
            continue;
        const QString implied = ImpliedSatuan::of(IndicatorSubject(row.indicator, row.tier, {}));
        if (!byUnit.contains(implied))
            order.append(implied);
        byUnit[implied].append(row.number);
    }
    if (byUnit.isEmpty())
        return;
    QStringList impliedId;
    QStringList impliedEn;
    for (const QString &unit : std::as_const(order)) {
        if (unit.isEmpty())
            continue;
        impliedId.append(
            QStringLiteral("%1 (%2)").arg(unit, rowList(byUnit.value(unit), Language::Indonesian)));
        impliedEn.append(
            QStringLiteral("%1 (%2)").arg(unit, rowList(byUnit.value(unit), Language::English)));
    }
    LocalizedText message {QStringLiteral("Tabel ini tidak punya kolom satuan, jadi satuan tidak "
                                          "diperiksa per baris."),
                           QStringLiteral("This table has no satuan column, so the satuan is not "
                                          "checked row by row.")};
    if (!impliedId.isEmpty()) {
        message.id += QStringLiteral(" Satuan yang tersirat dari ukurannya: %1.")
                          .arg(impliedId.join(QStringLiteral("; ")));
        message.en += QStringLiteral(" The units the measures imply: %1.")
                          .arg(impliedEn.join(QStringLiteral("; ")));
    }
    if (const QList<int> none = byUnit.value(QString()); !none.isEmpty()) {
        message.id += QStringLiteral(" Tanpa satuan tersirat: %1.")
                          .arg(rowList(none, Language::Indonesian));
        message.en
            += QStringLiteral(" No unit is implied on %1.").arg(rowList(none, Language::English));
    }
    findings.append(sheetFinding(
        sheet,
        Finding::Field::satuan,
        message,
        {QStringLiteral("Tambahkan kolom satuan dan isi satuan setiap indikator (%, orang, "
                        "indeks, predikat, Rp …), atau tulis satuannya di sel target."),
         QStringLiteral("Add a satuan column and fill in each indicator's unit (%, orang, indeks, "
                        "predikat, Rp …), or write the unit in the target cells.")}));
}

} // namespace Tepat
