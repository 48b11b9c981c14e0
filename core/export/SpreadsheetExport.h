#pragma once

#include "base/LocalizedText.h"
#include "check/Finding.h"
#include "model/Cascade.h"
#include "sheet/SheetTable.h"

#include <optional>

namespace Tepat {

// The tables Tepat exports to spreadsheets, built from a cascade. They are documents in Bahasa
// Indonesia like the printed PK, whatever the language of the window; the column names are the
// machine names of docs/checks.md, so that a table exported here can be checked or imported
// again. A quantity is a number cell, a value that is no plain number stays text. Each table
// holds its column names in row 1 and one row per line below.
class SpreadsheetExport
{
public:
    // The lampiran of a PK: its sasaran, indicators, satuan and the year's target; then its
    // programs (or kegiatan, sub kegiatan) with anggaran and the Jumlah row. Two tables, because
    // a sheet read by `tepat-cli check` must hold indicators only.
    static QList<SheetTable> pkLampiran(const Cascade &cascade, const PkDocument &pk);
    // The indicator table of an OPD's Renstra, item by item from the tujuan down: the code, the
    // indicators with satuan, baseline and a target for every year of the period, and the pagu
    // indikatif per year on the first row of its item, so that a column sum counts it once.
    static SheetTable renstra(const Cascade &cascade, const Opd &opd);
    // Findings in the given language, with the object each is about. The year, if given, is the
    // PK year the findings were selected for and goes into the title.
    static SheetTable findings(const Cascade &cascade,
                               const QList<Finding> &findings,
                               Language language,
                               std::optional<int> year = std::nullopt);
};

} // namespace Tepat
