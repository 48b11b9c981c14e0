#include "check/FindingPlace.h"

namespace Tepat {

namespace {

QString elided(const QString &text)
{
    constexpr qsizetype maxLength = 60;
    const QString line = text.simplified();
    return line.size() > maxLength ? line.left(maxLength - 1) + u'…' : line;
}

const PkDocument *pkOfProgramRow(const Cascade &cascade, qint64 id, const PkProgram **row)
{
    for (const PkDocument &pk : cascade.pks()) {
        for (const PkProgram &program : pk.programs) {
            if (program.id == id) {
                *row = &program;
                return &pk;
            }
        }
    }
    return nullptr;
}

} // namespace

QString FindingPlace::label(const Cascade &cascade, qint64 objectId)
{
    if (const Indicator *indicator = cascade.indicator(objectId))
        return elided(indicator->text);
    if (const PlanItem *item = cascade.item(objectId))
        return elided(item->name);
    if (const PkDocument *pk = cascade.pk(objectId)) {
        const QString jabatan = pk->pihakPertama.jabatan;
        return elided(jabatan.isEmpty() ? QStringLiteral("PK %1").arg(pk->year)
                                        : QStringLiteral("PK %1 %2").arg(pk->year).arg(jabatan));
    }
    if (const Opd *opd = cascade.opd(objectId))
        return elided(opd->name);
    const PkProgram *row = nullptr;
    if (pkOfProgramRow(cascade, objectId, &row))
        return elided(row->name);
    for (const Misi &misi : cascade.periode().misi) {
        if (misi.id == objectId)
            return elided(misi.text);
    }
    return {};
}

std::optional<int> FindingPlace::pkYear(const Cascade &cascade, qint64 objectId)
{
    if (const qint64 pkId = cascade.pkOf(objectId))
        return cascade.pk(pkId)->year;
    const PkProgram *row = nullptr;
    if (const PkDocument *pk = pkOfProgramRow(cascade, objectId, &row))
        return pk->year;
    return std::nullopt;
}

} // namespace Tepat
