#include "window/LanguageSwitch.h"

#include "common/UiLanguage.h"
#include "document/WorkspaceDocument.h"
#include "window/CascadeTreeModel.h"
#include "window/MainWindow.h"

#include <QTreeView>

namespace Tepat {

MainWindow *LanguageSwitch::switchTo(MainWindow *window, Language language)
{
    UiLanguage::apply(language);
    const QModelIndex current = window->treeView()->currentIndex();
    const qint64 selectedId = current.data(CascadeTreeModel::ObjectIdRole).toLongLong();
    const auto selectedType
        = CascadeTreeModel::NodeType(current.data(CascadeTreeModel::NodeTypeRole).toInt());
    QList<std::pair<qint64, CascadeTreeModel::NodeType>> expanded;
    for (int row = 0; row < window->treeModel()->rowCount(); ++row) {
        const QModelIndex index = window->treeModel()->index(row, 0);
        if (window->treeView()->isExpanded(index)) {
            expanded.append(
                {index.data(CascadeTreeModel::ObjectIdRole).toLongLong(),
                 CascadeTreeModel::NodeType(index.data(CascadeTreeModel::NodeTypeRole).toInt())});
        }
    }

    auto *fresh = new MainWindow;
    const bool deletesItself = window->testAttribute(Qt::WA_DeleteOnClose);
    fresh->setAttribute(Qt::WA_DeleteOnClose, deletesItself);
    fresh->restoreGeometry(window->saveGeometry());
    fresh->restoreState(window->saveState());
    if (std::unique_ptr<WorkspaceDocument> document = window->takeDocument()) {
        fresh->showDocument(std::move(document));
        // showDocument opens the top level; the user's own choice of open nodes wins.
        for (int row = 0; row < fresh->treeModel()->rowCount(); ++row)
            fresh->treeView()->collapse(fresh->treeModel()->index(row, 0));
        for (const auto &[id, type] : std::as_const(expanded))
            fresh->treeView()->expand(fresh->treeModel()->indexOf(id, type));
        if (current.isValid()) {
            const QModelIndex index = fresh->treeModel()->indexOf(selectedId, selectedType);
            fresh->treeView()->setCurrentIndex(index);
            fresh->treeView()->scrollTo(index);
        }
    }
    if (window->isVisible()) {
        fresh->show();
        fresh->activateWindow();
    }
    if (deletesItself)
        window->close();
    else
        window->hide();
    return fresh;
}

} // namespace Tepat
