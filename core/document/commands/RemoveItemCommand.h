#pragma once

#include "model/Cascade.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <optional>

namespace Tepat {

class WorkspaceDocument;

// Deletes a plan item with everything under it. Links from outside into the subtree are cleared;
// undo brings back the subtree, its indicators and those links exactly.
class RemoveItemCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::RemoveItemCommand)

public:
    RemoveItemCommand(WorkspaceDocument *document, qint64 itemId, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    WorkspaceDocument *m_document;
    qint64 m_itemId;
    std::optional<Cascade::RemovedItem> m_removed;
};

} // namespace Tepat
