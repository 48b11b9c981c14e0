#include "report/ReportScope.h"

#include "model/PkVersions.h"

namespace Tepat {

QLatin1String ReportScope::key(Kind kind)
{
    switch (kind) {
    case Kind::Pengukuran:
        return QLatin1String("pengukuran");
    case Kind::Monitoring:
        return QLatin1String("monitoring");
    case Kind::Lkjip:
        return QLatin1String("lkjip");
    }
    return {};
}

std::optional<ReportScope::Kind> ReportScope::fromKey(QStringView key)
{
    for (const Kind kind : {Kind::Pengukuran, Kind::Monitoring, Kind::Lkjip}) {
        if (key == ReportScope::key(kind))
            return kind;
    }
    return std::nullopt;
}

QList<qint64> ReportScope::pks(const Cascade &cascade, Kind kind, int year, QList<qint64> opdIds)
{
    if (opdIds.isEmpty()) {
        opdIds.append(0);
        for (const Opd &opd : cascade.opds())
            opdIds.append(opd.id);
    }
    QList<qint64> result;
    for (const PkDocument &pk : cascade.pks()) {
        if (pk.year != year || !opdIds.contains(pk.opdId) || !isNewest(cascade, pk))
            continue;
        const bool own = pk.level == PkDocument::Level::KepalaOpd
            || pk.level == PkDocument::Level::KepalaDaerah;
        if (kind == Kind::Pengukuran || own)
            result.append(pk.id);
    }
    return result;
}

bool ReportScope::isNewest(const Cascade &cascade, const PkDocument &pk)
{
    return PkVersions::successor(cascade, pk.id) == 0;
}

const PkDocument *ReportScope::previousYear(const Cascade &cascade, const PkDocument &pk)
{
    for (const PkDocument &candidate : cascade.pks()) {
        if (candidate.year == pk.year - 1 && candidate.opdId == pk.opdId
            && candidate.level == pk.level && isNewest(cascade, candidate)) {
            return &candidate;
        }
    }
    return nullptr;
}

} // namespace Tepat
