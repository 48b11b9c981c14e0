#pragma once

#include "model/Cascade.h"

#include <QCoreApplication>

namespace Tepat {

// Where the cross links of the cascade may point, the rule of the pohon kinerja that every lower
// indicator feeds one above it: the indicators an indicator may serve, and the Renstra items a
// PK's program row may come from. Pickers offer exactly these, in tree order.
class LinkTargets
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::LinkTargets)

public:
    // For an indicator of an OPD's PK: the indicators of that OPD's Renstra and of the superior's
    // PK. For one of the kepala daerah's PK or of a Renstra: those of the RPJMD. For an RPJMD
    // indicator (the top) or an unknown id: none.
    static QList<qint64> servable(const Cascade &cascade, qint64 indicatorId);
    // The programs, kegiatan and sub kegiatan of the PK's OPD; of every OPD for the kepala
    // daerah's PK.
    static QList<qint64> programSources(const Cascade &cascade, qint64 pkId);
    // Which document an indicator a link may point at comes from, so that two with the same name
    // can be told apart: "Renstra Dinkes · Renstra sasaran 1.02.01", "RPJMD · RPJMD sasaran",
    // "PK 2026 kepala OPD · Dinkes". Empty for an unknown id.
    static QString sourceOf(const Cascade &cascade, qint64 indicatorId);
};

} // namespace Tepat
