#pragma once

#include "values/Decimal.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <optional>

namespace Tepat {

// One node of the planning tree that can carry indicators: an RPJMD tujuan or sasaran, a Renstra
// tujuan, sasaran, program, kegiatan or sub kegiatan, or a sasaran of a PK. One type for all of
// them keeps the tree, the store and the checker uniform; Cascade enforces which kind may sit
// under which (PlanItem::allowedUnder).
struct PlanItem
{
    enum class Kind {
        RpjmdTujuan,
        RpjmdSasaran,
        RenstraTujuan,
        RenstraSasaran,
        Program,
        Kegiatan,
        SubKegiatan,
        PkSasaran,
    };

    // What a kind's parent is: a parent plan item, or one of the containers named here.
    enum class ParentRole { Rpjmd, Opd, Pk, Item };

    qint64 id = 0;
    Kind kind = Kind::RpjmdTujuan;
    // The parent node: 0 for an RPJMD tujuan, the OPD's id for a Renstra tujuan, the PK's id for
    // a PK sasaran, otherwise the parent plan item. Ids are unique across the whole workspace, so
    // one field can name any of them.
    qint64 parentId = 0;
    QString code; // Permendagri 90 code for program / kegiatan / sub kegiatan
    QString name;
    qint64 misiId = 0;            // RPJMD tujuan: the misi it serves
    qint64 supportsId = 0;        // Renstra sasaran: the RPJMD sasaran it supports
    QMap<int, Decimal> pagu;      // program / kegiatan / sub kegiatan: pagu indikatif per year
    qint64 previousVersionId = 0; // PK sasaran of a PK Perubahan: the one it was copied from

    bool hasPagu() const
    {
        return kind == Kind::Program || kind == Kind::Kegiatan || kind == Kind::SubKegiatan;
    }
    bool isRenstra() const;
    static QString displayName(Kind kind);
    static ParentRole parentRole(Kind kind);
    // The kind a parent plan item must have; only meaningful when parentRole is Item.
    static Kind parentKind(Kind kind);
    // The kind that sits directly under a parent of this role (for ParentRole::Item, under an item
    // of kind parent); none under a sub kegiatan or a PK sasaran. It is the inverse of parentRole
    // and parentKind and derived from them, so that the two directions cannot disagree.
    static std::optional<Kind> childKind(ParentRole role, Kind parent = Kind::RpjmdTujuan);

    friend bool operator==(const PlanItem &, const PlanItem &) = default;
};

} // namespace Tepat
