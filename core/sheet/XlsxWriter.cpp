#include "sheet/XlsxWriter.h"

#include <QFile>
#include <QHash>
#include <QSaveFile>
#include <QTemporaryDir>

#include <optional>
#include <xlsxwriter.h>

namespace Tepat {

namespace {

constexpr double minWidth = 4;
constexpr double maxWidth = 60; // wider text wraps: a 200-character rumus stays readable

// Number formats are stored in the file as locale-independent codes: "," is the thousands
// grouping and "." the decimal mark of the code, and Excel and LibreOffice show them with the
// separators of the reader's locale. LibreOffice 7.4 under id-ID shows this file's cells as
// "72,98", "1.350.000" and "Rp 225.330.000.000". The code names as many decimals as the value has
// ("#,##0.00" for 72,98) rather than one "#,##0.##" for all: LibreOffice shows 85 under that as
// "85", but Excel keeps the decimal mark of optional decimals and shows "85,".
QByteArray numberFormatCode(const SheetCell &cell)
{
    if (cell.format == SheetCell::NumberFormat::Rupiah) {
        // Cents only when the amount has them, as the printed lampiran does.
        return cell.number.scale() > 0 ? QByteArray("\"Rp\" #,##0.00") : QByteArray("\"Rp\" #,##0");
    }
    const QByteArray percent = cell.format == SheetCell::NumberFormat::Percent ? "%" : "";
    return (cell.number.scale() > 0 ? QByteArray("#,##0.") + QByteArray(cell.number.scale(), '0')
                                    : QByteArray("#,##0"))
        + percent;
}

// How many characters a cell shows, to size its column.
qsizetype shownWidth(const SheetCell &cell)
{
    qsizetype width = 0;
    const QString shown = cell.displayText();
    for (const QStringView line : QStringView(shown).split(u'\n'))
        width = std::max(width, line.size());
    return cell.format == SheetCell::NumberFormat::Rupiah ? width + 3 : width;
}

class Workbook
{
public:
    explicit Workbook(const QByteArray &path)
        : m_workbook(workbook_new(path.constData()))
    {}
    ~Workbook()
    {
        if (m_workbook)
            lxw_workbook_free(m_workbook); // a failed export: free it without writing a file
    }
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;

    lxw_workbook *get() const { return m_workbook; }
    lxw_error close()
    {
        const lxw_error error = workbook_close(m_workbook);
        m_workbook = nullptr;
        return error;
    }

    lxw_format *numberFormat(const SheetCell &cell)
    {
        const QByteArray code = numberFormatCode(cell);
        lxw_format *&format = m_numberFormats[code];
        if (!format) {
            format = workbook_add_format(m_workbook);
            format_set_num_format(format, code.constData());
            format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
        }
        return format;
    }

private:
    lxw_workbook *m_workbook;
    QHash<QByteArray, lxw_format *> m_numberFormats;
};

// Excel's limit on the characters of a cell; libxlsxwriter leaves a longer text out of the file.
constexpr qsizetype maxCellText = 32'767;

// Nothing, or why the table cannot be written: a cell too long for Excel, named by its place.
std::optional<QString> writeTable(Workbook &workbook, lxw_worksheet *sheet, const SheetTable &table)
{
    lxw_format *titleFormat = workbook_add_format(workbook.get());
    format_set_bold(titleFormat);
    format_set_font_size(titleFormat, 12);
    lxw_format *headerFormat = workbook_add_format(workbook.get());
    format_set_bold(headerFormat);
    format_set_bg_color(headerFormat, 0xDDE4EE);
    format_set_bottom(headerFormat, LXW_BORDER_THIN);
    lxw_format *textFormat = workbook_add_format(workbook.get());
    format_set_text_wrap(textFormat);
    format_set_align(textFormat, LXW_ALIGN_VERTICAL_TOP);

    const auto tooLong = [&](int row, int column, qsizetype length) {
        return XlsxWriter::tr("the cell %1 of the sheet '%2' holds %3 characters, and an Excel "
                              "cell holds at most %4. Export to CSV to keep the whole text.")
            .arg(SheetTable::cellName(row, column), table.sheetName)
            .arg(length)
            .arg(maxCellText);
    };
    if (table.title.size() > maxCellText)
        return tooLong(XlsxWriter::titleRow + 1, 1, table.title.size());
    worksheet_write_string(
        sheet, XlsxWriter::titleRow, 0, table.title.toUtf8().constData(), titleFormat);
    // The range first, blank in the format of its top-left cell; the value goes into that cell
    // below, in the same format, as libxlsxwriter asks for a merged number.
    for (const SheetTable::Range &range : table.merged()) {
        const SheetCell &first = table.cell(range.top, range.left);
        worksheet_merge_range(sheet,
                              lxw_row_t(XlsxWriter::headerRow + range.top - 1),
                              lxw_col_t(range.left - 1),
                              lxw_row_t(XlsxWriter::headerRow + range.bottom - 1),
                              lxw_col_t(range.right - 1),
                              "",
                              first.isNumber() ? workbook.numberFormat(first) : textFormat);
    }
    QList<double> widths(table.columnCount(), 0);
    for (int r = 1; r <= table.rowCount(); ++r) {
        // Row 1 of the table holds its column names.
        const auto row = lxw_row_t(XlsxWriter::headerRow + r - 1);
        for (int column = 1; column <= table.columnCount(); ++column) {
            const SheetCell &cell = table.cell(r, column);
            const auto col = lxw_col_t(column - 1);
            if (cell.isNumber()) {
                // A spreadsheet keeps 85 % as 0,85 and multiplies by 100 to show it.
                const double value = cell.format == SheetCell::NumberFormat::Percent
                    ? cell.number.toDouble() / 100
                    : cell.number.toDouble();
                worksheet_write_number(sheet, row, col, value, workbook.numberFormat(cell));
            } else if (!cell.isEmpty()) {
                const QString text = cell.displayText();
                const lxw_error written = text.size() > maxCellText
                    ? LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED
                    : worksheet_write_string(sheet,
                                             row,
                                             col,
                                             text.toUtf8().constData(),
                                             r == 1 ? headerFormat : textFormat);
                if (written != LXW_NO_ERROR)
                    return tooLong(int(row) + 1, column, text.size());
            }
            widths[column - 1] = std::max(widths[column - 1], double(shownWidth(cell)));
        }
    }
    for (qsizetype column = 0; column < widths.size(); ++column) {
        worksheet_set_column(sheet,
                             lxw_col_t(column),
                             lxw_col_t(column),
                             std::clamp(widths[column] + 2, minWidth, maxWidth),
                             nullptr);
    }
    worksheet_freeze_panes(sheet, XlsxWriter::firstDataRow, 0);
    if (table.columnCount() > 0) {
        worksheet_autofilter(sheet,
                             XlsxWriter::headerRow,
                             0,
                             lxw_row_t(XlsxWriter::headerRow + table.rowCount() - 1),
                             lxw_col_t(table.columnCount() - 1));
    }
    return std::nullopt;
}

} // namespace

Result<void> XlsxWriter::write(const QString &path, const QList<SheetTable> &tables)
{
    const auto failure = [&](const QString &why) {
        return fail(Error(Error::Code::Io, tr("%1 could not be written: %2").arg(path, why), path));
    };
    // libxlsxwriter writes to a path it opens itself, so it gets one in a folder only this
    // process can enter; a name beside the target could be planted as a link to another file.
    const QTemporaryDir folder;
    if (!folder.isValid())
        return failure(tr("no temporary folder could be made (%1).").arg(folder.errorString()));
    const QString partial = folder.filePath(QStringLiteral("workbook.xlsx"));
    {
        Workbook workbook(QFile::encodeName(partial));
        if (!workbook.get())
            return failure(tr("the workbook could not be created."));
        // Shown by file managers and the program's document properties.
        QByteArray title = tables.isEmpty() ? QByteArray() : tables.first().title.toUtf8();
        lxw_doc_properties properties {};
        properties.title = title.data();
        workbook_set_properties(workbook.get(), &properties);
        for (const SheetTable &table : tables) {
            lxw_worksheet *sheet
                = workbook_add_worksheet(workbook.get(), table.sheetName.toUtf8().constData());
            if (!sheet)
                return failure(tr("the sheet name \"%1\" is not allowed.").arg(table.sheetName));
            if (const std::optional<QString> problem = writeTable(workbook, sheet, table))
                return failure(*problem);
        }
        if (const lxw_error error = workbook.close(); error != LXW_NO_ERROR)
            return failure(QString::fromUtf8(lxw_strerror(error)));
    }
    QFile written(partial);
    if (!written.open(QIODevice::ReadOnly))
        return failure(written.errorString());
    const QByteArray bytes = written.readAll();
    // QSaveFile replaces an existing workbook in one step, so a reader never sees half a file,
    // and writes through a link to the file it points to.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return failure(file.errorString());
    return {};
}

} // namespace Tepat
