#pragma once

#include "base/Result.h"
#include "check/IndicatorSheet.h"
#include "sheet/SheetTable.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

namespace Tepat {

// Reads an indicator sheet saved as CSV by Excel, LibreOffice or Google Sheets (as CsvReader reads
// any CSV file), so that `tepat-cli check` can judge an IKU list that never was a workspace.
//
// Invariant: every row number in the result and in an error is the one the spreadsheet shows
// (the header is row 1), counted in records, not physical lines: a quoted cell that holds a line
// break is one row, as it is one row in Excel. Blank rows are skipped but still counted.
//
// What the columns mean is in the contract of `tepat-cli check`: `indikator` is required;
// `sasaran`, `satuan`, `target` or `target_<year>`, `rumus`, `sumber_data`, `polaritas` and
// `tingkat` are optional and matched case-insensitively; other columns are ignored. A sheet whose
// satuan column is missing but whose target cells carry units ("85 %") takes the unit as satuan.
// An empty sasaran cell repeats the sasaran above it, because a merged sasaran cell is exported
// into its first row only.
class IndicatorSheetReader
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::IndicatorSheetReader)

public:
    static constexpr int firstYear = 1945;
    static constexpr int lastYear = 2200;
    // The checker keeps every row and its findings in memory; ten times the largest IKU or
    // Renstra table of a pemda is enough, and bounds that memory.
    static constexpr int maxRows = 50'000;

    static Result<IndicatorSheet> read(const QString &path);
    // fileName names the sheet in error messages and in IndicatorSheet::fileName. At most
    // maxRows rows.
    static Result<IndicatorSheet> parse(const QByteArray &bytes, const QString &fileName);
    // The same rows handed over one by one as they are read, and kept by no one unless the
    // handler keeps them: checking a sheet row by row needs memory for one row, whatever the
    // size of the sheet. The handler gets the sheet without rows (file, fields, years); an error
    // it returns stops the reading. Returns the sheet without rows.
    using RowHandler
        = std::function<Result<void>(const IndicatorSheet &sheet, IndicatorSheet::Row row)>;
    static Result<IndicatorSheet>
    readRows(const QByteArray &bytes, const QString &fileName, const RowHandler &handle);
    // A sheet already read from a workbook, under the same contract: its first non-empty row is
    // the header, and rows keep the numbers the spreadsheet shows.
    static Result<IndicatorSheet> fromTable(const SheetTable &table);
};

} // namespace Tepat
