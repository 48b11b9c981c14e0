#pragma once

#include "print/FlowBlock.h"

#include <QFont>

namespace Tepat {

// Rows of plain-text cells on a grid of columns, made into FlowBlocks: the lampiran tables
// (framed, with a shaded header) and, without a frame, the aligned "Nama : …" lines and the
// numbered promises of a Pakta Integritas. A group's first cells may span all of its rows, as a
// sasaran spans its indicators; the group breaks across pages only between rows, or between the
// lines of a row too tall for any page.
class FlowTable
{
public:
    struct Column
    {
        qreal width;
        Qt::Alignment alignment;
    };
    struct Cell
    {
        QString text;
        int columns = 1;
        bool bold = false;
        Qt::Alignment alignment = {}; // none: the alignment of the cell's first column
        QString note = {};            // in smaller type under the text, e.g. a rule's id
    };
    struct Style
    {
        QFont font;
        QFont boldFont;
        qreal paddingX = 0;
        qreal paddingY = 0;
        qreal rulePen = 0; // 0: no frame and no rules
    };

    FlowTable(qreal left, QList<Column> columns, Style style);

    FlowBlock row(const QList<Cell> &cells) const { return group({}, {cells}); }
    // The spanning cells fill the first columns; every row fills the rest.
    FlowBlock group(const QList<Cell> &spanning, const QList<QList<Cell>> &rows) const;
    // A header is shaded and never breaks.
    FlowBlock header(const QList<QList<Cell>> &rows, const QColor &shade) const;

private:
    qreal columnX(int column) const;
    // Sets a cell's text in its columns with its top at y; returns its height with padding.
    qreal setCell(const Cell &cell, int column, qreal y, QList<PageItem> &items) const;
    void findBreaks(FlowBlock &block, const QList<qreal> &rowTops) const;

    qreal m_left;
    QList<Column> m_columns;
    Style m_style;
};

} // namespace Tepat
