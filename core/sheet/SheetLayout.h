#pragma once

#include "sheet/ColumnMapping.h"

#include <QList>
#include <QString>

namespace Tepat {

// The tables one sheet holds, as the layout guesser found them: one ColumnMapping per table, top
// to bottom (a sheet may hold the tujuan table above the sasaran table, or one table per
// sasaran), and the title block above the first. A sheet with no header row, an instruction or
// cover sheet ("Petunjuk"), holds no table; then the fields below say where the header was
// looked for and what came closest, so that a message can say what is missing.
struct SheetLayout
{
    QList<ColumnMapping> tables;
    QString title; // the rows above the first header, one line each

    int rowsSearched = 0; // the header was looked for in rows 1 to rowsSearched
    int closestRow = 0;   // the row that named the most column roles; 0 if none named any
    QList<ColumnRole> closestRoles;
};

} // namespace Tepat
