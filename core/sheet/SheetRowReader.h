#pragma once

#include "sheet/ColumnMapping.h"
#include "sheet/SheetRow.h"
#include "sheet/SheetTable.h"

#include <QCoreApplication>

namespace Tepat {

// Reads the data rows of one table of a sheet under its ColumnMapping, as offices lay them out: a
// tujuan or sasaran written once over its rows (or merged over them) repeats on every row below
// it; a program, kegiatan or sub kegiatan starts on the row that names it and holds the rows
// below it until the next one; a "Program / kegiatan / sub kegiatan" column tells the level by
// the Permendagri 90 code in the code column or in front of the name ("1.02.02 Program …").
// Numbers stored as text with decimal commas, "Rp" and thousands dots read as numbers; a number
// cell formatted as percent reads as "85 %". Rows that are empty, that repeat the header (a table
// printed over several pages) or that number the columns ("(1) (2) (3)") are no data and are
// skipped.
class SheetRowReader
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::SheetRowReader)

public:
    // The rows from mapping.firstDataRow to mapping.lastDataRow (the sheet's last row when 0).
    // defaultYear is the year of Target and Pagu columns whose header names none; 0 keeps them
    // under year 0.
    static QList<SheetRow>
    read(const SheetTable &table, const ColumnMapping &mapping, int defaultYear = 0);
};

} // namespace Tepat
