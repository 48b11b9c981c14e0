#include "document/commands/RemoveItemCommand.h"

#include "document/WorkspaceDocument.h"

namespace Tepat {

RemoveItemCommand::RemoveItemCommand(WorkspaceDocument *document,
                                     qint64 itemId,
                                     QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_itemId(itemId)
{
    const PlanItem *item = document->cascade().item(itemId);
    setText(tr("Delete %1").arg(item ? PlanItem::displayName(item->kind) : QString()));
}

void RemoveItemCommand::undo()
{
    if (!m_removed || !m_document->restoreItem(*m_removed))
        setObsolete(true);
}

void RemoveItemCommand::redo()
{
    Result<Cascade::RemovedItem> removed = m_document->removeItem(m_itemId);
    if (removed)
        m_removed = std::move(*removed);
    else
        setObsolete(true);
}

} // namespace Tepat
