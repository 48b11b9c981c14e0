#pragma once

#include "base/Result.h"
#include "check/IndicatorSheet.h"
#include "sheet/SheetTable.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Tepat {

// Reads the indicator tables of a spreadsheet for `tepat-cli check`, so that an IKU list, a
// Renstra or an RPJMD matrix that never was a workspace can be judged. It reads a sheet exactly
// as the import does (LayoutGuesser finds the tables, SheetRowReader reads their rows), so a
// title block, a header of several rows with merged cells, a numbering row, a sasaran merged over
// its rows, percent-formatted cells and several tables on one sheet all read; the CSV contract of
// `tepat-cli check` (`indikator`, `target_<year>`, `sumber_data`, `polaritas`, `tingkat` …) is one
// of the shapes.
//
// Invariant: every row number in the result and in an error is the one the spreadsheet shows,
// counted in records, not physical lines: a quoted CSV cell that holds a line break is one row,
// as it is one row in Excel. Each table says which fields its columns carry. A row's level comes
// from its `tingkat` column, else from the table's structure (program, kegiatan and sub kegiatan
// rows and codes, a "Sasaran Kegiatan" header), else it is strategic. Without a satuan column the
// unit written in the target cells ("85 %") is the satuan. For `tepat-cli capaian` a table also
// gives `metode` (kumulatif, nilai_akhir, rata_rata), `target_tw1` … `target_tw4`,
// `realisasi_tw1` … `realisasi_tw4` (or "Realisasi TW I" … as offices head them) and the year's
// `realisasi`.
class IndicatorSheetReader
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::IndicatorSheetReader)

public:
    static constexpr int firstYear = 1945;
    static constexpr int lastYear = 2200;
    // The checker keeps every row and its findings in memory; ten times the largest IKU or
    // Renstra table of a pemda is enough, and bounds that memory.
    static constexpr int maxRows = 50'000;

    // The tables of a CSV file, or of a workbook's sheet named sheetName, or, when sheetName is
    // empty, of every sheet of the workbook that holds one; each sheet that holds none
    // (an instruction or cover sheet) is named in notes. Fails when no sheet holds a table.
    static Result<QList<IndicatorSheet>>
    read(const QString &path, const QString &sheetName = {}, QStringList *notes = nullptr);
    // CSV bytes; fileName names the sheet in messages and in IndicatorSheet::fileName.
    static Result<QList<IndicatorSheet>> parse(const QByteArray &bytes, const QString &fileName);
    // The indicator tables of one sheet already read; fails, saying which rows were tried as the
    // header and what they lacked, when it holds none.
    static Result<QList<IndicatorSheet>> fromTable(const SheetTable &table);
};

} // namespace Tepat
