#include "model/PkDraft.h"

#include <algorithm>

namespace Tepat {

namespace {

bool hasPk(const Cascade &cascade, qint64 opdId, PkDocument::Level level, int year)
{
    return std::any_of(cascade.pks().cbegin(), cascade.pks().cend(), [&](const PkDocument &pk) {
        return pk.opdId == opdId && pk.level == level && pk.year == year;
    });
}

const PkDocument *findPk(const Cascade &cascade, qint64 opdId, PkDocument::Level level, int year)
{
    for (const PkDocument &pk : cascade.pks()) {
        if (pk.opdId == opdId && pk.level == level && pk.year == year)
            return &pk;
    }
    return nullptr;
}

// The kepala daerah as a signatory: the jabatan as PKs print it, "Bupati Deli Serdang".
Official kepalaDaerah(const Pemda &pemda)
{
    QString region = pemda.name;
    for (const QString &prefix :
         {QStringLiteral("Kabupaten "), QStringLiteral("Kota "), QStringLiteral("Provinsi ")}) {
        if (region.startsWith(prefix))
            region = region.mid(prefix.size());
    }
    QString title;
    switch (pemda.kepalaDaerahTitle) {
    case Pemda::Title::Bupati:
        title = QStringLiteral("Bupati");
        break;
    case Pemda::Title::WaliKota:
        title = QStringLiteral("Wali Kota");
        break;
    case Pemda::Title::Gubernur:
        title = QStringLiteral("Gubernur");
        break;
    }
    Official official;
    official.name = pemda.kepalaDaerahName;
    official.jabatan = QStringLiteral("%1 %2").arg(title, region).trimmed();
    return official;
}

} // namespace

int PkDraft::nextYear(const Cascade &cascade, qint64 opdId, PkDocument::Level level, int today)
{
    const Periode &periode = cascade.periode();
    const int first
        = std::clamp(today, periode.startYear, std::max(periode.startYear, periode.endYear));
    for (int year = first; year <= periode.endYear; ++year) {
        if (!hasPk(cascade, opdId, level, year))
            return year;
    }
    return first;
}

PkDocument PkDraft::make(const Cascade &cascade, qint64 opdId, PkDocument::Level level, int year)
{
    PkDocument pk;
    pk.level = level;
    pk.opdId = PkDocument::belongsToOpd(level) ? opdId : 0;
    pk.year = year;
    pk.place = cascade.pemda().ibuKota;
    pk.signDate = QDate(year, 1, 2);
    const Opd *opd = cascade.opd(pk.opdId);
    const PkDocument *superior = nullptr;
    switch (level) {
    case PkDocument::Level::KepalaDaerah:
        pk.pihakPertama = kepalaDaerah(cascade.pemda());
        break;
    case PkDocument::Level::KepalaOpd:
        if (opd)
            pk.pihakPertama = opd->head;
        pk.pihakKedua = kepalaDaerah(cascade.pemda());
        superior = findPk(cascade, 0, PkDocument::Level::KepalaDaerah, year);
        break;
    case PkDocument::Level::EselonIII:
        if (opd)
            pk.pihakKedua = opd->head;
        superior = findPk(cascade, pk.opdId, PkDocument::Level::KepalaOpd, year);
        break;
    case PkDocument::Level::EselonIV:
        superior = findPk(cascade, pk.opdId, PkDocument::Level::EselonIII, year);
        if (superior)
            pk.pihakKedua = superior->pihakPertama;
        break;
    }
    pk.parentPkId = superior ? superior->id : 0;
    return pk;
}

} // namespace Tepat
