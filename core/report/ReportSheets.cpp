#include "report/ReportSheets.h"

#include <QSet>

namespace Tepat {

namespace {

QString uniqueName(const QString &wanted, QSet<QString> &taken)
{
    QString name = SheetTable::safeSheetName(wanted);
    for (int n = 2; taken.contains(name.toCaseFolded()); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = SheetTable::safeSheetName(wanted).left(31 - suffix.size()) + suffix;
    }
    taken.insert(name.toCaseFolded());
    return name;
}

} // namespace

QList<SheetTable> ReportSheets::of(const QList<Report> &reports)
{
    QList<SheetTable> sheets;
    QSet<QString> taken; // Excel compares sheet names without case
    for (const Report &report : reports) {
        for (const ReportTable &table : report.tables) {
            SheetTable sheet;
            sheet.sheetName = uniqueName(table.sheetName, taken);
            QStringList title = report.title;
            if (!table.heading.isEmpty())
                title.append(table.heading);
            sheet.title = title.join(QStringLiteral(" — "));
            sheet.appendRow(table.headers());
            int row = 1;
            for (const ReportTable::Group &group : table.groups) {
                const int top = row + 1;
                for (const QList<SheetCell> &cells : ReportTable::rows(group)) {
                    ++row;
                    for (qsizetype column = 0; column < cells.size(); ++column)
                        sheet.setCell(row, int(column) + 1, cells[column]);
                }
                if (group.rows.size() < 2)
                    continue;
                for (int column = 1; column <= table.spanningColumns; ++column)
                    sheet.addMerged({top, column, row, column});
            }
            sheets.append(sheet);
        }
    }
    return sheets;
}

} // namespace Tepat
