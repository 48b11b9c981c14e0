#pragma once

#include "sheet/ColumnMapping.h"
#include "sheet/SheetTable.h"

namespace Tepat {

// Proposes a ColumnMapping for a sheet as offices keep them: a title block above the header, a
// header of one to three rows with merged cells ("Target" over "2025 | 2026 | …"), a row of
// column numbers under it, numbering columns. The header is the row among the first 40 whose
// cells name the most roles; the rows under it belong to it while they hold only years, role
// names or the lower part of a merged header cell. A column's role is the most specific header
// word found in it from the bottom header row up (so "Rp" under "Target dan Pagu" is pagu), and
// its year the year written in any of its header rows. The header words per role are data:
// core/data/import-headers.json.
class LayoutGuesser
{
public:
    static ColumnMapping guess(const SheetTable &table);
    // The role and year a single header text names: "Target 2026" → Target, 2026.
    static std::pair<ColumnRole, int> roleOf(QStringView header);
    // Equal for sheets whose header rows read the same, whatever their data.
    static QString signature(const SheetTable &table, int headerTop, int headerBottom);
};

} // namespace Tepat
