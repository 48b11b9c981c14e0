#pragma once

#include "sheet/SheetCell.h"

#include <QList>

namespace Tepat {

// One table of a report, the same for the page and the spreadsheet: its columns with their
// headers, and its rows in groups whose first spanningColumns cells stand once beside all rows of
// the group, as a sasaran stands beside its indicators. Cells are typed (SheetCell): a quantity
// is a Decimal, so that the workbook gets a number cell and the page the Indonesian text of the
// same value. Invariant: every group has spanningColumns spanning cells and at least one row of
// the other columns.
struct ReportTable
{
    struct Column
    {
        QString header;
        // The width on the page in millimetres; 0: a share, by weight, of what the fixed columns
        // leave.
        qreal millimetres = 0;
        qreal weight = 1;
        Qt::Alignment alignment = Qt::AlignLeft;
    };
    struct Group
    {
        QList<SheetCell> spanning;
        QList<QList<SheetCell>> rows;
        bool total = false; // a Jumlah or Rata-rata line, set bold
    };

    // A shared column is never narrower than this on the page.
    static constexpr qreal minimumShareMillimetres = 20;

    QString heading; // above the table: "Tabel 3.1 Capaian Kinerja Tahun 2026"; may be empty
    QString sheetName;
    QList<Column> columns;
    int spanningColumns = 0;
    QList<Group> groups;
    qreal points = 9; // the type size of its cells on the page

    QStringList headers() const;
    // The rows as a sheet lists them: a group's spanning cells on its first row, empty below.
    QList<QList<SheetCell>> rows() const;
    static QList<QList<SheetCell>> rows(const Group &group);
    // The narrowest the table can be printed: its fixed columns and the least share of the others.
    qreal minimumMillimetres() const;
};

} // namespace Tepat
