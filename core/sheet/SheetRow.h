#pragma once

#include "values/Decimal.h"
#include "values/TargetValue.h"

#include <QList>
#include <QMap>
#include <QString>

namespace Tepat {

// One data row of a table in a sheet, read under the table's ColumnMapping: what the row says in
// the sheet's own words, before anything decides where it goes. The import builds the cascade
// from these rows and the checker its indicator sheet, so a workbook reads the same both ways.
struct SheetRow
{
    // The level of the cascade an activity is at, told by its column or by its code.
    enum class Level { None, Program, Kegiatan, SubKegiatan };

    struct Activity
    {
        Level level = Level::Program;
        QString code;
        QString name;
        int column = 0;
    };

    // A cell that cannot be read as what its column holds.
    struct Problem
    {
        int row = 0;
        int column = 0;
        QString message; // names the sheet, row and column
    };

    int row = 0; // as the spreadsheet shows it
    // As the row shows them: a cell left empty or inside a merged range repeats the one above.
    QString tujuan;
    QString sasaran;
    bool startsTujuan = false; // the tujuan differs from the row above
    bool startsSasaran = false;
    QList<Activity> activities; // the program, kegiatan or sub kegiatan named on the row, top down
    // The level of the row's indicator: of the deepest activity on this row or above it under the
    // same sasaran, else of the row's own code, else the level the table's header names
    // ("Sasaran Kegiatan", "Indikator Program"); None for a tujuan or sasaran indicator.
    Level level = Level::None;

    QString indikator;
    int indikatorColumn = 0;
    QString satuan;
    QString rumus;
    QString sumberData;
    QString penanggungJawab;
    QString polaritas; // as written; each reader knows the words
    int polaritasColumn = 0;
    QString tingkat;
    int tingkatColumn = 0;
    TargetValue baseline;
    QMap<int, TargetValue> targets; // by year; 0 for a column whose header names none
    QMap<int, Decimal> pagu;
    QList<Problem> problems;
};

} // namespace Tepat
