#include "model/PkDiff.h"

#include <QSet>

namespace Tepat {

namespace {

// Follows an object's previousVersionId back until it reaches one of the candidates: the row of
// the earlier PK it descends from, 0 if none. lookup gives an object's previousVersionId.
template<typename Lookup>
qint64 ancestorIn(qint64 id, const QSet<qint64> &candidates, Lookup lookup)
{
    QSet<qint64> seen;
    while (id != 0 && !seen.contains(id)) {
        if (candidates.contains(id))
            return id;
        seen.insert(id);
        id = lookup(id);
    }
    return 0;
}

QString comparable(const QString &text)
{
    return text.simplified().toCaseFolded();
}

} // namespace

bool PkDiff::hasChanges() const
{
    const auto changedRow = [](const auto &row) { return row.change != Change::Unchanged; };
    return std::any_of(indicators.begin(), indicators.end(), changedRow)
        || std::any_of(programs.begin(), programs.end(), changedRow);
}

QString PkDiff::changeKey(Change change)
{
    switch (change) {
    case Change::Unchanged:
        return QStringLiteral("unchanged");
    case Change::Added:
        return QStringLiteral("added");
    case Change::Removed:
        return QStringLiteral("removed");
    case Change::Changed:
        return QStringLiteral("changed");
    }
    return {};
}

PkDiff PkDiff::compare(const Cascade &cascade, qint64 beforePk, qint64 afterPk)
{
    PkDiff diff;
    diff.beforePk = beforePk;
    diff.afterPk = afterPk;
    const PkDocument *before = cascade.pk(beforePk);
    const PkDocument *after = cascade.pk(afterPk);
    if (!before || !after)
        return diff;
    diff.year = after->year;

    // The indicators of each PK with their sasaran, in order.
    struct Entry
    {
        const Indicator *indicator;
        const PlanItem *sasaran;
    };
    const auto entries = [&](qint64 pkId) {
        QList<Entry> list;
        for (qint64 sasaranId : cascade.childItems(pkId)) {
            for (qint64 indicatorId : cascade.indicatorsOf(sasaranId))
                list.append({cascade.indicator(indicatorId), cascade.item(sasaranId)});
        }
        return list;
    };
    const QList<Entry> old = entries(beforePk);
    const QList<Entry> now = entries(afterPk);
    QSet<qint64> oldIds;
    for (const Entry &entry : old)
        oldIds.insert(entry.indicator->id);
    QHash<qint64, qint64> matched; // old id → new id
    QHash<qint64, qint64> matchOf; // new id → old id
    for (const Entry &entry : now) {
        const qint64 origin
            = ancestorIn(entry.indicator->previousVersionId, oldIds, [&](qint64 id) {
                  const Indicator *indicator = cascade.indicator(id);
                  return indicator ? indicator->previousVersionId : 0;
              });
        if (origin != 0 && !matched.contains(origin)) {
            matched.insert(origin, entry.indicator->id);
            matchOf.insert(entry.indicator->id, origin);
        }
    }
    for (const Entry &entry : now) {
        if (matchOf.contains(entry.indicator->id))
            continue;
        for (const Entry &candidate : old) {
            if (!matched.contains(candidate.indicator->id)
                && comparable(candidate.indicator->text) == comparable(entry.indicator->text)) {
                matched.insert(candidate.indicator->id, entry.indicator->id);
                matchOf.insert(entry.indicator->id, candidate.indicator->id);
                break;
            }
        }
    }
    QHash<qint64, Entry> oldById;
    for (const Entry &entry : old)
        oldById.insert(entry.indicator->id, entry);

    const auto fillBefore = [&](IndicatorRow &row, const Entry &entry) {
        row.beforeId = entry.indicator->id;
        row.sasaranBefore = entry.sasaran->name;
        row.textBefore = entry.indicator->text;
        row.satuanBefore = entry.indicator->satuan;
        row.targetBefore = entry.indicator->target(before->year);
    };
    for (const Entry &entry : now) {
        IndicatorRow row;
        row.afterId = entry.indicator->id;
        row.sasaranAfter = entry.sasaran->name;
        row.textAfter = entry.indicator->text;
        row.satuanAfter = entry.indicator->satuan;
        row.targetAfter = entry.indicator->target(after->year);
        if (const qint64 origin = matchOf.value(entry.indicator->id)) {
            fillBefore(row, oldById.value(origin));
            if (comparable(row.sasaranBefore) != comparable(row.sasaranAfter))
                row.changed.append(QStringLiteral("sasaran"));
            if (row.textBefore != row.textAfter)
                row.changed.append(QStringLiteral("indikator"));
            if (row.satuanBefore != row.satuanAfter)
                row.changed.append(QStringLiteral("satuan"));
            if (row.targetBefore != row.targetAfter)
                row.changed.append(QStringLiteral("target"));
            row.change = row.changed.isEmpty() ? Change::Unchanged : Change::Changed;
            const auto from = row.targetBefore.comparableNumber();
            const auto to = row.targetAfter.comparableNumber();
            if (from && to && row.targetBefore.kind() == TargetValue::Kind::Number
                && row.targetAfter.kind() == TargetValue::Kind::Number) {
                row.targetDelta = *to - *from;
            }
        } else {
            row.change = Change::Added;
        }
        diff.indicators.append(row);
    }
    for (const Entry &entry : old) {
        if (matched.contains(entry.indicator->id))
            continue;
        IndicatorRow row;
        fillBefore(row, entry);
        row.change = Change::Removed;
        diff.indicators.append(row);
    }

    // Program rows: the same, by previousVersionId and then by code and name.
    QSet<qint64> oldRows;
    QHash<qint64, const PkProgram *> oldRowById;
    QHash<qint64, qint64> rowOrigin;
    for (const PkDocument &pk : cascade.pks()) {
        for (const PkProgram &program : pk.programs)
            rowOrigin.insert(program.id, program.previousVersionId);
    }
    for (const PkProgram &program : before->programs) {
        oldRows.insert(program.id);
        oldRowById.insert(program.id, &program);
    }
    QHash<qint64, qint64> rowMatch; // new → old
    QSet<qint64> rowTaken;
    for (const PkProgram &program : after->programs) {
        const qint64 origin = ancestorIn(
            program.previousVersionId, oldRows, [&](qint64 id) { return rowOrigin.value(id); });
        if (origin != 0 && !rowTaken.contains(origin)) {
            rowMatch.insert(program.id, origin);
            rowTaken.insert(origin);
        }
    }
    for (const PkProgram &program : after->programs) {
        if (rowMatch.contains(program.id))
            continue;
        for (const PkProgram &candidate : before->programs) {
            if (!rowTaken.contains(candidate.id) && candidate.code == program.code
                && comparable(candidate.name) == comparable(program.name)) {
                rowMatch.insert(program.id, candidate.id);
                rowTaken.insert(candidate.id);
                break;
            }
        }
    }
    for (const PkProgram &program : after->programs) {
        ProgramRow row;
        row.afterId = program.id;
        row.codeAfter = program.code;
        row.nameAfter = program.name;
        row.anggaranAfter = program.anggaran;
        if (const PkProgram *origin = oldRowById.value(rowMatch.value(program.id))) {
            row.beforeId = origin->id;
            row.codeBefore = origin->code;
            row.nameBefore = origin->name;
            row.anggaranBefore = origin->anggaran;
            if (row.codeBefore != row.codeAfter)
                row.changed.append(QStringLiteral("kode"));
            if (row.nameBefore != row.nameAfter)
                row.changed.append(QStringLiteral("nama"));
            if (row.anggaranBefore != row.anggaranAfter)
                row.changed.append(QStringLiteral("anggaran"));
            row.change = row.changed.isEmpty() ? Change::Unchanged : Change::Changed;
        } else {
            row.change = Change::Added;
        }
        row.anggaranDelta = row.anggaranAfter - row.anggaranBefore;
        diff.programs.append(row);
    }
    for (const PkProgram &program : before->programs) {
        if (rowTaken.contains(program.id))
            continue;
        ProgramRow row;
        row.change = Change::Removed;
        row.beforeId = program.id;
        row.codeBefore = program.code;
        row.nameBefore = program.name;
        row.anggaranBefore = program.anggaran;
        row.anggaranDelta = -program.anggaran;
        diff.programs.append(row);
    }
    diff.totalBefore = before->anggaranTotal();
    diff.totalAfter = after->anggaranTotal();
    return diff;
}

} // namespace Tepat
