#pragma once

#include "model/Cascade.h"

namespace Tepat {

// Two versions of a PK side by side, row by row: the indicators with their targets and the
// program rows with their anggaran, each added, removed, changed or unchanged, with the deltas of
// numbers. Rows are matched by the copies a PK Perubahan makes (previousVersionId, followed back
// through every version in between); rows without such a link, or PKs of different chains, are
// matched by their text. Used by the diff view, the comparison page of a printed perubahan and
// `tepat-cli diff-pk`.
struct PkDiff
{
    enum class Change { Unchanged, Added, Removed, Changed };

    struct IndicatorRow
    {
        Change change = Change::Unchanged;
        qint64 beforeId = 0; // 0 when added
        qint64 afterId = 0;  // 0 when removed
        QString sasaranBefore;
        QString sasaranAfter;
        QString textBefore;
        QString textAfter;
        QString satuanBefore;
        QString satuanAfter;
        TargetValue targetBefore;
        TargetValue targetAfter;
        // targetAfter less targetBefore when both are single numbers.
        std::optional<Decimal> targetDelta;
        // What differs: "sasaran", "indikator", "satuan", "target".
        QStringList changed;
    };
    struct ProgramRow
    {
        Change change = Change::Unchanged;
        qint64 beforeId = 0;
        qint64 afterId = 0;
        QString codeBefore;
        QString codeAfter;
        QString nameBefore;
        QString nameAfter;
        Decimal anggaranBefore;
        Decimal anggaranAfter;
        Decimal anggaranDelta;
        QStringList changed; // "kode", "nama", "anggaran"
    };

    qint64 beforePk = 0;
    qint64 afterPk = 0;
    int year = 0; // the year whose targets are compared: the later PK's
    QList<IndicatorRow> indicators;
    QList<ProgramRow> programs;
    Decimal totalBefore;
    Decimal totalAfter;

    bool hasChanges() const;
    static PkDiff compare(const Cascade &cascade, qint64 beforePk, qint64 afterPk);
    static QString changeKey(Change change); // "added", "removed", "changed", "unchanged"
};

} // namespace Tepat
