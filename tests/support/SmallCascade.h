#pragma once

#include "model/Cascade.h"

namespace Tepat::SmallCascade {

// An item named "Item <id>" and an indicator with the text "Indicator <id>".
PlanItem item(qint64 id, PlanItem::Kind kind, qint64 parentId);
Indicator indicator(qint64 id, qint64 ownerId, qint64 servesId = 0);

// One object of every kind, with small ids to name in tests:
//   RPJMD tujuan 10 > sasaran 11 (indicator 31)
//   OPD 2 > Renstra tujuan 20 > sasaran 21 > program 22 (indicator 30) > kegiatan 23 > sub 24
//   OPD 2 > PK 40 (kepala OPD, 2026) > sasaran 41 (indicators 42, 43)
//   OPD 2 > PK 60 (eselon III, 2027, under PK 40) > sasaran 61 (indicator 62)
//   the kepala daerah's PK 50 (2026) > sasaran 51 (indicator 52)
//   OPD 3 with nothing, comment 70 on indicator 42.
// The period is 2025–2029.
Cascade everyKind();

} // namespace Tepat::SmallCascade
