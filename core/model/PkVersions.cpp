#include "model/PkVersions.h"

#include <QSet>

namespace Tepat {

QList<qint64> PkVersions::chain(const Cascade &cascade, qint64 pkId)
{
    QList<qint64> versions;
    QSet<qint64> seen;
    // Back to the awal; a damaged file's loop stops at the first repeat.
    for (const PkDocument *pk = cascade.pk(pkId); pk && !seen.contains(pk->id);
         pk = cascade.pk(pk->previousVersionId)) {
        seen.insert(pk->id);
        versions.prepend(pk->id);
    }
    for (qint64 next = successor(cascade, pkId); next != 0 && !seen.contains(next);
         next = successor(cascade, next)) {
        seen.insert(next);
        versions.append(next);
    }
    return versions;
}

qint64 PkVersions::successor(const Cascade &cascade, qint64 pkId)
{
    if (pkId == 0)
        return 0;
    for (const PkDocument &pk : cascade.pks()) {
        if (pk.previousVersionId == pkId)
            return pk.id;
    }
    return 0;
}

int PkVersions::number(const Cascade &cascade, qint64 pkId)
{
    return int(chain(cascade, pkId).indexOf(pkId));
}

QString PkVersions::name(const Cascade &cascade, qint64 pkId)
{
    const int n = number(cascade, pkId);
    const PkDocument *pk = cascade.pk(pkId);
    if (n <= 0 && (!pk || pk->kind == PkDocument::Kind::Awal))
        return tr("original PK");
    return n <= 0 ? QStringLiteral("PK Perubahan") : QStringLiteral("PK Perubahan %1").arg(n);
}

qint64 PkVersions::inForceOn(const Cascade &cascade, qint64 pkId, QDate day)
{
    const QList<qint64> versions = chain(cascade, pkId);
    qint64 inForce = versions.value(0);
    for (qint64 id : versions) {
        const PkDocument *pk = cascade.pk(id);
        if (pk->kind == PkDocument::Kind::Perubahan && pk->changeDate.isValid()
            && pk->changeDate <= day) {
            inForce = id;
        }
    }
    return inForce;
}

qint64 PkVersions::inForceInTriwulan(const Cascade &cascade, qint64 pkId, int quarter)
{
    const PkDocument *pk = cascade.pk(pkId);
    if (!pk || quarter < 1 || quarter > 4)
        return 0;
    const QDate lastDay = QDate(pk->year, quarter * 3, 1).addMonths(1).addDays(-1);
    return inForceOn(cascade, pkId, lastDay);
}

} // namespace Tepat
