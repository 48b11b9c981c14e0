#include "check/SatuanComparison.h"

namespace Tepat {

QString SatuanComparison::canonical(const QString &satuan)
{
    QString unit = satuan.simplified().toLower();
    unit.replace(QStringLiteral("persen"), QStringLiteral("%"));
    unit.remove(u' ');
    return unit;
}

bool SatuanComparison::differ(const QString &a, const QString &b)
{
    const QString first = canonical(a);
    const QString second = canonical(b);
    return !first.isEmpty() && !second.isEmpty() && first != second;
}

} // namespace Tepat
