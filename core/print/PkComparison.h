#pragma once

#include "model/Cascade.h"

#include <optional>

namespace Tepat {

// The comparison page of a PK Perubahan as it is printed: every indicator with its target before
// and after, every program row with its anggaran before and after, and a Keterangan that says
// what changed in words ("Naik 2,5", "Baru", "Dihapus"). Built from PkDiff against the version
// the perubahan changes, as text ready for paper like PkContent.
struct PkComparison
{
    struct Row
    {
        QString name;   // the indicator, or the program with its code
        QString before; // "-" when the row is new
        QString after;  // "-" when it was removed
        QString keterangan;
    };

    QString title;         // "PERBANDINGAN PERJANJIAN KINERJA TAHUN 2026"
    QStringList unitLines; // as on the PK
    QString beforeName;    // "Awal", "Perubahan 1"
    QString afterName;     // "Perubahan 1"
    QStringList basis;     // the alasan, dasar and tanggal berlaku lines
    QList<Row> indicators;
    QList<Row> programs;
    Row total;

    // nullopt for a PK that changes no earlier version in the workspace.
    static std::optional<PkComparison> from(const Cascade &cascade, const PkDocument &pk);
};

} // namespace Tepat
