#include "check/rules/IkuFieldMissingRule.h"

#include "check/IndicatorSheet.h"
#include "check/IndicatorSubject.h"

namespace Tepat {

IkuFieldMissingRule::IkuFieldMissingRule(Field field)
    : m_field(field)
{}

QLatin1String IkuFieldMissingRule::id() const
{
    return m_field == Field::Rumus ? QLatin1String("iku-rumus-missing")
                                   : QLatin1String("iku-sumber-data-missing");
}

Severity IkuFieldMissingRule::defaultSeverity() const
{
    // A claim without data cannot stand; a missing formula can still be agreed on.
    return m_field == Field::SumberData ? Severity::Error : Severity::Warning;
}

LocalizedText IkuFieldMissingRule::title() const
{
    if (m_field == Field::Rumus)
        return {QStringLiteral("IKU tanpa rumus"), QStringLiteral("IKU without a formula")};
    return {QStringLiteral("IKU tanpa sumber data"), QStringLiteral("IKU without a data source")};
}

void IkuFieldMissingRule::check(const IndicatorSubject &subject, QList<Finding> &findings) const
{
    if (!subject.isIku())
        return;
    const Indicator &indicator = subject.indicator();
    if (m_field == Field::Rumus) {
        if (!subject.hasRumusField() || !indicator.rumus.trimmed().isEmpty())
            return;
        findings.append(finding(
            subject,
            Finding::Field::rumus,
            {QStringLiteral(
                 "IKU ini belum punya rumus: tidak jelas bagaimana capaiannya dihitung."),
             QStringLiteral(
                 "This IKU has no formula: it is not clear how its achievement is computed.")},
            {QStringLiteral(
                 "Tulis rumus beserta arti setiap unsurnya, mis. \"A / B × 100 %; A = …, B = …\"."),
             QStringLiteral("Write the formula and what each term means, e.g. \"A / B × 100 %; A = "
                            "…, B = …\".")}));
        return;
    }
    if (!subject.hasSumberDataField() || !indicator.sumberData.trimmed().isEmpty())
        return;
    findings.append(
        finding(subject,
                Finding::Field::sumberData,
                {QStringLiteral("IKU ini belum punya sumber data: di mana datanya?"),
                 QStringLiteral("This IKU has no data source: where is the data?")},
                {QStringLiteral("Sebutkan dokumen atau sistem asal data dan pengelolanya, mis. "
                                "\"Laporan SIMPUS Dinas Kesehatan\"."),
                 QStringLiteral("Name the document or system the data comes from and who keeps it, "
                                "e.g. \"Laporan SIMPUS Dinas Kesehatan\".")}));
}

void IkuFieldMissingRule::checkSheet(const IndicatorSheet &sheet, QList<Finding> &findings) const
{
    if (sheet.rows.isEmpty())
        return;
    if (m_field == Field::Rumus) {
        if (sheet.hasRumus)
            return;
        findings.append(sheetFinding(
            sheet,
            Finding::Field::rumus,
            {QStringLiteral("Tabel ini tidak punya kolom rumus, jadi rumus IKU tidak diperiksa."),
             QStringLiteral("This table has no rumus column, so the IKU formulas are not "
                            "checked.")},
            {QStringLiteral("Tambahkan kolom rumus berisi cara menghitung setiap IKU, mis. "
                            "\"A / B × 100 %; A = …, B = …\"."),
             QStringLiteral("Add a rumus column with how each IKU is computed, e.g. \"A / B × 100 "
                            "%; A = …, B = …\".")}));
        return;
    }
    if (sheet.hasSumberData)
        return;
    findings.append(sheetFinding(
        sheet,
        Finding::Field::sumberData,
        {QStringLiteral("Tabel ini tidak punya kolom sumber data, jadi sumber data IKU tidak "
                        "diperiksa."),
         QStringLiteral("This table has no sumber data column, so the IKU data sources are not "
                        "checked.")},
        {QStringLiteral("Tambahkan kolom sumber_data berisi dokumen atau sistem asal data setiap "
                        "IKU."),
         QStringLiteral("Add a sumber_data column naming the document or system each IKU's data "
                        "comes from.")}));
}

} // namespace Tepat
