#include "model/PlanItem.h"

namespace Tepat {

namespace {

constexpr PlanItem::Kind allKinds[] = {
    PlanItem::Kind::RpjmdTujuan,
    PlanItem::Kind::RpjmdSasaran,
    PlanItem::Kind::RenstraTujuan,
    PlanItem::Kind::RenstraSasaran,
    PlanItem::Kind::Program,
    PlanItem::Kind::Kegiatan,
    PlanItem::Kind::SubKegiatan,
    PlanItem::Kind::PkSasaran,
};

} // namespace

bool PlanItem::isRenstra() const
{
    switch (kind) {
    case Kind::RenstraTujuan:
    case Kind::RenstraSasaran:
    case Kind::Program:
    case Kind::Kegiatan:
    case Kind::SubKegiatan:
        return true;
    case Kind::RpjmdTujuan:
    case Kind::RpjmdSasaran:
    case Kind::PkSasaran:
        return false;
    }
    return false;
}

QString PlanItem::displayName(Kind kind)
{
    switch (kind) {
    case Kind::RpjmdTujuan:
        return QCoreApplication::translate("Tepat::PlanItem", "RPJMD tujuan");
    case Kind::RpjmdSasaran:
        return QCoreApplication::translate("Tepat::PlanItem", "RPJMD sasaran");
    case Kind::RenstraTujuan:
        return QCoreApplication::translate("Tepat::PlanItem", "Renstra tujuan");
    case Kind::RenstraSasaran:
        return QCoreApplication::translate("Tepat::PlanItem", "Renstra sasaran");
    case Kind::Program:
        return QCoreApplication::translate("Tepat::PlanItem", "program");
    case Kind::Kegiatan:
        return QCoreApplication::translate("Tepat::PlanItem", "kegiatan");
    case Kind::SubKegiatan:
        return QCoreApplication::translate("Tepat::PlanItem", "sub kegiatan");
    case Kind::PkSasaran:
        return QCoreApplication::translate("Tepat::PlanItem", "PK sasaran");
    }
    return {};
}

PlanItem::ParentRole PlanItem::parentRole(Kind kind)
{
    switch (kind) {
    case Kind::RpjmdTujuan:
        return ParentRole::Rpjmd;
    case Kind::RenstraTujuan:
        return ParentRole::Opd;
    case Kind::PkSasaran:
        return ParentRole::Pk;
    case Kind::RpjmdSasaran:
    case Kind::RenstraSasaran:
    case Kind::Program:
    case Kind::Kegiatan:
    case Kind::SubKegiatan:
        return ParentRole::Item;
    }
    return ParentRole::Item;
}

PlanItem::Kind PlanItem::parentKind(Kind kind)
{
    switch (kind) {
    case Kind::RpjmdSasaran:
        return Kind::RpjmdTujuan;
    case Kind::RenstraSasaran:
        return Kind::RenstraTujuan;
    case Kind::Program:
        return Kind::RenstraSasaran;
    case Kind::Kegiatan:
        return Kind::Program;
    case Kind::SubKegiatan:
        return Kind::Kegiatan;
    case Kind::RpjmdTujuan:
    case Kind::RenstraTujuan:
    case Kind::PkSasaran:
        break;
    }
    return kind;
}

std::optional<PlanItem::Kind> PlanItem::childKind(ParentRole role, Kind parent)
{
    for (Kind kind : allKinds) {
        if (parentRole(kind) == role && (role != ParentRole::Item || parentKind(kind) == parent))
            return kind;
    }
    return std::nullopt;
}

} // namespace Tepat
