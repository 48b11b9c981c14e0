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

} // namespace Tepat
