#pragma once

#include "base/Result.h"
#include "sheet/SheetTable.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tepat {

// Reads the records of a CSV file as Excel, LibreOffice or Google Sheets save it: `;` (Indonesian
// Excel) or `,` as separator, or the one a first line "sep=;" names; UTF-8 with or without BOM,
// or Windows-1252 (Excel's "CSV" on Windows); RFC 4180 quoting; CRLF, LF or CR line ends.
//
// A cell that starts with an apostrophe before "=", "+", "-", "@", a tab or a carriage return
// reads without the apostrophe: it is how Tepat (and OWASP) write such a cell so that a
// spreadsheet does not run it as a formula (FormulaGuard).
//
// Invariant: records are numbered as the spreadsheet numbers its rows (the first is row 1), in
// records, not physical lines: a quoted cell that holds a line break is one row, as it is one row
// in Excel. A "sep=" line is not a row, because Excel does not show it.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::CsvReader)

public:
    // A CSV file is untrusted input too: at most 32 MiB (as much as a workbook's sheet may unpack
    // to, XlsxReader::maxPartSize), and readTable() keeps at most maxCells non-empty cells, which
    // bounds the memory of the table built from it.
    static constexpr qint64 maxFileSize = 32 * 1024 * 1024;
    static constexpr int maxCells = 1'000'000;
    // Excel's limit; a record with more cells is refused, so that a line of separators cannot
    // make millions of empty cells.
    static constexpr int maxColumns = 16'384;

    // Why a record could not be read, and in which of its cells (from 0).
    struct RecordError
    {
        enum class Kind { UnclosedQuote, TextAfterQuote, TooManyColumns };
        Kind kind;
        qsizetype cell;

        // The problem in words, for a message that names the row and column before it.
        QString problem() const;
    };

    explicit CsvReader(const QByteArray &bytes);

    bool atEnd() const { return m_at >= m_text.size(); }
    bool isBlank() const; // nothing but white space
    // The separator the file uses; none for a sheet of one column, whose rows are read whole.
    std::optional<QChar> separator() const { return m_separator; }
    // The next record; after an error the reader is at an undefined place and must be dropped.
    tl::expected<QStringList, RecordError> next();

    // Both Excel formats are zip or OLE containers, never CSV.
    static bool isWorkbook(const QByteArray &bytes);
    // The whole file as a table of text cells, rows and columns numbered from 1.
    static Result<SheetTable> readTable(const QByteArray &bytes, const QString &fileName);

private:
    QString m_text;
    qsizetype m_at = 0;
    std::optional<QChar> m_separator;
};

} // namespace Tepat
