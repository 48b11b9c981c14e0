#include "check/rules/IkuNotInPkRule.h"

#include "check/CheckContext.h"
#include "check/IndicatorSubject.h"

namespace Tepat {

LocalizedText IkuNotInPkRule::title() const
{
    return {QStringLiteral("IKU tidak ada di PK kepala OPD"),
            QStringLiteral("IKU missing from the OPD head's PK")};
}

void IkuNotInPkRule::check(const IndicatorSubject &subject, QList<Finding> &findings) const
{
    const CheckContext *context = subject.context();
    const Indicator &iku = subject.indicator();
    if (!context || !iku.iku)
        return;
    const Cascade &cascade = context->cascade();
    const PlanItem *owner = cascade.item(iku.ownerId);
    if (!owner || !owner->isRenstra())
        return;
    const qint64 opdId = cascade.opdOf(*owner);
    QStringList missingYears;
    const QList<qint64> &servers = context->servedBy(iku.id);
    for (qint64 pkId : context->headPksOf(opdId)) {
        const PkDocument &pk = *cascade.pk(pkId);
        const bool present = std::any_of(servers.cbegin(), servers.cend(), [&](qint64 server) {
            const Indicator *indicator = cascade.indicator(server);
            const PkDocument *serverPk = indicator ? context->pkOfIndicator(*indicator) : nullptr;
            return serverPk && serverPk->id == pk.id;
        });
        if (!present)
            missingYears.append(QString::number(pk.year));
    }
    if (missingYears.isEmpty())
        return;
    const QString years = missingYears.join(QStringLiteral(", "));
    findings.append(
        finding(subject,
                Finding::Field::text,
                {QStringLiteral("IKU ini tidak dimuat dalam PK kepala OPD tahun %1.").arg(years),
                 QStringLiteral("This IKU is not in the OPD head's PK for %1.").arg(years)},
                {QStringLiteral("Tambahkan indikator yang mendukung IKU ini ke PK kepala OPD, "
                                "dengan target Renstra tahun itu."),
                 QStringLiteral("Add an indicator serving this IKU to the OPD head's PK, with that "
                                "year's Renstra target.")}));
}

} // namespace Tepat
