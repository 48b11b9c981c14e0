#pragma once

#include "model/Official.h"

namespace Tepat {

// A perangkat daerah (agency). Its Renstra items are the plan items whose root parent is the OPD.
struct Opd
{
    qint64 id = 0;
    QString code;      // e.g. "1.02.0.00.0.00.01.0000"
    QString name;      // "Dinas Kesehatan"
    QString shortName; // "Dinkes"
    Official head;

    friend bool operator==(const Opd &, const Opd &) = default;
};

} // namespace Tepat
