#pragma once

#include "values/TargetValue.h"

#include <QString>

namespace Tepat {

// What an OPD reports on one PK indicator for one triwulan (quarter): the quarter's own target if
// the PK splits the year's, the realisasi, what held it back and what will be done about it, and
// where the evidence is. The evidence is named (a document, a link, a file path), never embedded.
struct RealisasiTriwulan
{
    TargetValue target;    // Empty when the PK gives no target for the quarter
    TargetValue realisasi; // Empty: not reported; a Number (0 is a reported zero) or a grade
    QString kendala;
    QString tindakLanjut;
    QString bukti;

    bool isEmpty() const
    {
        return target.kind() == TargetValue::Kind::Empty
            && realisasi.kind() == TargetValue::Kind::Empty && kendala.isEmpty()
            && tindakLanjut.isEmpty() && bukti.isEmpty();
    }
    bool isReported() const { return realisasi.kind() != TargetValue::Kind::Empty; }

    friend bool operator==(const RealisasiTriwulan &, const RealisasiTriwulan &) = default;
};

} // namespace Tepat
