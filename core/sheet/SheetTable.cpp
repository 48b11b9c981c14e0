#include "sheet/SheetTable.h"

#include <QFileInfo>

namespace Tepat {

void SheetTable::setCell(int row, int column, const SheetCell &cell)
{
    Q_ASSERT(row > 0 && column > 0);
    if (cell.isEmpty()) {
        if (auto found = m_rows.find(row); found != m_rows.end())
            found->remove(column);
        return;
    }
    m_rows[row].insert(column, cell);
    m_rowCount = std::max(m_rowCount, row);
    m_columnCount = std::max(m_columnCount, column);
}

void SheetTable::appendRow(const QList<SheetCell> &cells)
{
    const int row = m_rowCount + 1;
    for (qsizetype column = 0; column < cells.size(); ++column)
        setCell(row, int(column + 1), cells[column]);
}

void SheetTable::appendRow(const QStringList &texts)
{
    QList<SheetCell> cells;
    cells.reserve(texts.size());
    for (const QString &text : texts)
        cells.append(SheetCell::fromText(text));
    appendRow(cells);
}

const SheetCell &SheetTable::cell(int row, int column) const
{
    static const SheetCell empty;
    const auto cells = m_rows.constFind(row);
    if (cells == m_rows.cend())
        return empty;
    const auto found = cells->constFind(column);
    return found == cells->cend() ? empty : *found;
}

QString SheetTable::text(int row, int column) const
{
    return cell(row, column).displayText().trimmed();
}

bool SheetTable::isRowEmpty(int row) const
{
    const auto cells = m_rows.constFind(row);
    if (cells == m_rows.cend())
        return true;
    return std::all_of(cells->cbegin(), cells->cend(), [](const SheetCell &cell) {
        return cell.displayText().trimmed().isEmpty();
    });
}

void SheetTable::addMerged(const Range &range)
{
    m_merged.append(range);
}

std::optional<SheetTable::Range> SheetTable::mergedAt(int row, int column) const
{
    for (const Range &range : m_merged) {
        if (range.contains(row, column))
            return range;
    }
    return std::nullopt;
}

QString SheetTable::visibleText(int row, int column) const
{
    if (const std::optional<Range> range = mergedAt(row, column))
        return text(range->top, range->left);
    return text(row, column);
}

QString SheetTable::safeSheetName(const QString &name)
{
    QString safe = name;
    for (const QChar c : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        safe.replace(c, u' ');
    return safe.simplified().left(31);
}

QString SheetTable::columnName(int column)
{
    QString letters;
    for (int n = column; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(char16_t(u'A' + (n - 1) % 26)));
    return letters;
}

QString SheetTable::cellName(int row, int column)
{
    return columnName(column) + QString::number(row);
}

QString SheetTable::place(int row, int column) const
{
    if (sheetName.isEmpty()) {
        return tr("%1, row %2, column %3")
            .arg(QFileInfo(fileName).fileName(), QString::number(row), columnName(column));
    }
    return tr("Sheet '%1', row %2, column %3")
        .arg(sheetName, QString::number(row), columnName(column));
}

} // namespace Tepat
