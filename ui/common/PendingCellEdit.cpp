#include "common/PendingCellEdit.h"

#include <QAbstractItemView>
#include <QApplication>

namespace Tepat {

bool PendingCellEdit::commit()
{
    // The editor is a child of a view's viewport; the focus may be deeper, in a part of it.
    for (QWidget *editor = QApplication::focusWidget(); editor; editor = editor->parentWidget()) {
        QWidget *viewport = editor->parentWidget();
        auto *view
            = viewport ? qobject_cast<QAbstractItemView *>(viewport->parentWidget()) : nullptr;
        if (!view || view->viewport() != viewport)
            continue;
        if (view->indexWidget(view->currentIndex()) != editor)
            return false;
        // Taking the focus back is what commits and closes the cell (the delegate's own rule
        // on focus out), so the value goes through the same checks as when typed and entered.
        view->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return false;
}

} // namespace Tepat
