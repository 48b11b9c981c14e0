#include "common/PasteTableView.h"

#include "common/CellPaste.h"
#include "common/PastableModel.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>

namespace Tepat {

PasteTableView::PasteTableView(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::ContiguousSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed);
    setTabKeyNavigation(false); // Tab leaves the table and follows the form
    verticalHeader()->setVisible(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    setWordWrap(true);
}

bool PasteTableView::pasteText(const QString &text)
{
    auto *pastable = dynamic_cast<PastableModel *>(model());
    if (!pastable)
        return false;
    QModelIndex start = currentIndex();
    if (!start.isValid())
        start = model()->index(0, 0);
    return pastable->pasteCells(start, CellPaste::parse(text));
}

void PasteTableView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Paste) && state() != EditingState) {
        if (pasteText(QApplication::clipboard()->text())) {
            event->accept();
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

void PasteTableView::discardEdit()
{
    if (QWidget *editor = indexWidget(currentIndex()); editor && state() == EditingState)
        closeEditor(editor, QAbstractItemDelegate::NoHint);
}

QModelIndex PasteTableView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = currentIndex();
    if ((action != MoveNext && action != MovePrevious) || !current.isValid() || !model())
        return QTableView::moveCursor(action, modifiers);
    const int rows = model()->rowCount(rootIndex());
    const int columns = model()->columnCount(rootIndex());
    const int cells = rows * columns;
    const int step = action == MoveNext ? 1 : cells - 1;
    int position = verticalHeader()->visualIndex(current.row()) * columns
        + horizontalHeader()->visualIndex(current.column());
    for (int walked = 1; walked < cells; ++walked) {
        position = (position + step) % cells;
        const int row = verticalHeader()->logicalIndex(position / columns);
        const int column = horizontalHeader()->logicalIndex(position % columns);
        if (isRowHidden(row) || isColumnHidden(column))
            continue;
        const QModelIndex candidate = model()->index(row, column, rootIndex());
        if (candidate.flags().testFlags(Qt::ItemIsEditable | Qt::ItemIsEnabled))
            return candidate;
    }
    return QTableView::moveCursor(action, modifiers);
}

} // namespace Tepat
