#pragma once

#include "sheet/SheetCell.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tepat {

// One sheet of a workbook or one CSV file, read or to be written, as a plain table: cells addressed
// by the row and column numbers the spreadsheet shows (both from 1), plus the merged ranges. A
// merged range keeps its value in its top-left cell only, as the file stores it; the ranges are
// kept so that the layout guesser can spread a merged "Target" header or a sasaran written once
// over a block of rows. Invariant: rowCount() and columnCount() are the last row and column holding
// a non-empty cell, so empty trailing rows are never there.
class SheetTable
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::SheetTable)

public:
    struct Range
    {
        int top = 0;
        int left = 0;
        int bottom = 0;
        int right = 0;

        bool contains(int row, int column) const
        {
            return row >= top && row <= bottom && column >= left && column <= right;
        }
        friend bool operator==(const Range &, const Range &) = default;
    };

    QString fileName; // as given to the reader; messages name it
    QString
        sheetName; // empty for a CSV file; written: at most 31 characters, none of []:*?/\ (Excel)
    // Written: the caption a workbook shows above the table (what, whose, which year); a CSV
    // file has none, so that its first row is the header.
    QString title;
    // Written as CSV after the first table of a file: NAME-<fileSuffix>.csv.
    QString fileSuffix;

    void setCell(int row, int column, const SheetCell &cell);
    // Puts the cells into the row below the last one, from column 1. A table to be written keeps
    // its column names in row 1, as `tepat-cli check` and the importers read them.
    void appendRow(const QList<SheetCell> &cells);
    void appendRow(const QStringList &texts);
    const SheetCell &cell(int row, int column) const;
    // The trimmed display text of a cell.
    QString text(int row, int column) const;
    int rowCount() const { return m_rowCount; }
    int columnCount() const { return m_columnCount; }
    bool isRowEmpty(int row) const;

    void addMerged(const Range &range);
    const QList<Range> &merged() const { return m_merged; }
    std::optional<Range> mergedAt(int row, int column) const;
    // The text the user sees at a cell: a cell inside a merged range shows its top-left value.
    QString visibleText(int row, int column) const;

    // The name as a sheet may have it: Excel refuses one over 31 characters or with []:*?/\ in it.
    static QString safeSheetName(const QString &name);
    // "A", …, "Z", "AA": the letters of a column; "E7" for a cell.
    static QString columnName(int column);
    static QString cellName(int row, int column);
    // "Sheet 'IKU', row 7, column E" (or "file.csv, row 7, column E"): the start of every message
    // about a cell.
    QString place(int row, int column) const;

    friend bool operator==(const SheetTable &, const SheetTable &) = default;

private:
    QMap<int, QMap<int, SheetCell>> m_rows;
    QList<Range> m_merged;
    int m_rowCount = 0;
    int m_columnCount = 0;
};

} // namespace Tepat
