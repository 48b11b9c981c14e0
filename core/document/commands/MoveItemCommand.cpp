#include "document/commands/MoveItemCommand.h"

#include "document/WorkspaceDocument.h"

namespace Tepat {

MoveItemCommand::MoveItemCommand(WorkspaceDocument *document, qint64 itemId, int position)
    : m_document(document)
    , m_itemId(itemId)
    , m_to(position)
{
    if (const PlanItem *item = document->cascade().item(itemId))
        m_from = int(document->cascade().childItems(item->parentId).indexOf(itemId));
    setText(tr("Move item"));
}

void MoveItemCommand::undo()
{
    if (!m_document->moveItem(m_itemId, m_from))
        setObsolete(true);
}

void MoveItemCommand::redo()
{
    if (m_from < 0 || m_from == m_to || !m_document->moveItem(m_itemId, m_to))
        setObsolete(true);
}

} // namespace Tepat
