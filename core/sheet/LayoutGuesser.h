#pragma once

#include "sheet/ColumnMapping.h"
#include "sheet/SheetLayout.h"
#include "sheet/SheetRow.h"
#include "sheet/SheetTable.h"

namespace Tepat {

// Finds the tables of a sheet as offices keep them: a title block above the header, a header of
// one to three rows with merged cells ("Target" over "2025 | 2026 | …", "TARGET KINERJA" over
// "TH 2025 | TH 2026 | …"), a row of column numbers under it, numbering columns, and further
// tables below the first. The header is the row among the first 40 whose cells name the most
// roles (at least two, or the indicator column); the rows under it belong to it while they hold
// only years and role names that refine the row above (under a merged or empty cell). A column's
// role is the most specific header word found in it from the bottom header row up (so "Rp" under
// "Target dan Pagu" is pagu), and its year the year written in any of its header rows. Further
// down, a row of header words with an indicator column starts another table, unless it repeats
// the header of the table above (a table printed over several pages). The header words per role
// are data: core/data/import-headers.json. The CSV contract of `tepat-cli check` (indikator,
// target_2026, sumber_data, …) is one of the shapes it reads.
class LayoutGuesser
{
public:
    static SheetLayout layout(const SheetTable &table);
    // The first table's mapping; for a sheet without a header, row 1 taken as one, for the user
    // to correct.
    static ColumnMapping guess(const SheetTable &table);
    // The role and year a single header text names: "Target 2026" → Target, 2026.
    static std::pair<ColumnRole, int> roleOf(QStringView header);
    // The level of the cascade a header names: "Sasaran Kegiatan", "Indikator Kinerja Program".
    static SheetRow::Level levelOf(QStringView header);
    // Equal for sheets whose header rows read the same, whatever their data.
    static QString signature(const SheetTable &table, int headerTop, int headerBottom);
    // A row of column numbers, "1 2 3 …" or "(1) (2) (3) …", as government tables print.
    static bool isNumberingRow(const SheetTable &table, int row);
    // A row that says again what one of the header rows says.
    static bool repeatsHeader(const SheetTable &table, const ColumnMapping &mapping, int row);
};

} // namespace Tepat
