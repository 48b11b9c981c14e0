#include "report/ReportTable.h"

namespace Tepat {

QStringList ReportTable::headers() const
{
    QStringList result;
    for (const Column &column : columns)
        result.append(column.header);
    return result;
}

QList<QList<SheetCell>> ReportTable::rows() const
{
    QList<QList<SheetCell>> result;
    for (const Group &group : groups)
        result += rows(group);
    return result;
}

QList<QList<SheetCell>> ReportTable::rows(const Group &group)
{
    QList<QList<SheetCell>> result;
    for (qsizetype i = 0; i < group.rows.size(); ++i) {
        result.append(
            (i == 0 ? group.spanning : QList<SheetCell>(group.spanning.size(), SheetCell()))
            + group.rows[i]);
    }
    return result;
}

qreal ReportTable::minimumMillimetres() const
{
    qreal width = 0;
    for (const Column &column : columns)
        width += column.millimetres > 0 ? column.millimetres : minimumShareMillimetres;
    return width;
}

} // namespace Tepat
