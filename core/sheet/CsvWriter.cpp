#include "sheet/CsvWriter.h"

#include "sheet/FormulaGuard.h"

#include <QSaveFile>

namespace Tepat {

namespace {

// RFC 4180 quoting, and also for cells with outer spaces, which readers trim otherwise; a cell a
// spreadsheet would run as a formula is guarded first (FormulaGuard).
QString quoted(const QString &text)
{
    const QString cell = FormulaGuard::guarded(text);
    const bool needsQuotes = cell.contains(u';') || cell.contains(u'"') || cell.contains(u'\n')
        || cell.contains(u'\r') || cell != text
        || (!cell.isEmpty() && (cell.front().isSpace() || cell.back().isSpace()));
    if (!needsQuotes)
        return cell;
    QString escaped = cell;
    escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

QString line(const QStringList &cells)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString &cell : cells)
        out.append(quoted(cell));
    // CRLF, as Excel writes it; every reader takes it.
    return out.join(u';') + QStringLiteral("\r\n");
}

} // namespace

QByteArray CsvWriter::toCsv(const SheetTable &table)
{
    QString text;
    for (int row = 1; row <= table.rowCount(); ++row) {
        QStringList cells;
        cells.reserve(table.columnCount());
        for (int column = 1; column <= table.columnCount(); ++column)
            cells.append(table.cell(row, column).displayText());
        text += line(cells);
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

Result<void> CsvWriter::write(const QString &path, const SheetTable &table)
{
    const QByteArray bytes = toCsv(table);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return fail(Error(Error::Code::Io,
                          tr("%1 could not be written: %2").arg(path, file.errorString()),
                          path));
    }
    return {};
}

} // namespace Tepat
