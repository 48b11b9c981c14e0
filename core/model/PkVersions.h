#pragma once

#include "model/Cascade.h"

#include <QCoreApplication>

namespace Tepat {

// The versions of one PK: the awal and each PK Perubahan that changes it, linked by
// PkDocument::previousVersionId. Realisasi and reports ask here which version a quarter is
// measured against: a perubahan takes effect on its tanggal berlaku (PkDocument::changeDate).
class PkVersions
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::PkVersions)

public:
    // The whole chain the PK belongs to, the awal first.
    static QList<qint64> chain(const Cascade &cascade, qint64 pkId);
    // The version that changes this one; 0 for the latest.
    static qint64 successor(const Cascade &cascade, qint64 pkId);
    // 0 for the awal, n for perubahan n.
    static int number(const Cascade &cascade, qint64 pkId);
    // "PK awal", "PK Perubahan 1" in the window's language ("original PK" in English).
    static QString name(const Cascade &cascade, qint64 pkId);
    // The version in force on a day: the latest whose tanggal berlaku is on or before it, the
    // awal before any.
    static qint64 inForceOn(const Cascade &cascade, qint64 pkId, QDate day);
    // The version a triwulan (1–4) of the PK's year is measured against: the one in force on
    // the quarter's last day, when its realisasi is reported. A perubahan that takes effect on
    // 1 July is measured from the third quarter on; one of 15 August too, since the third
    // quarter closes under it.
    static qint64 inForceInTriwulan(const Cascade &cascade, qint64 pkId, int quarter);
};

} // namespace Tepat
