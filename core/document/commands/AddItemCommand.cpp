#include "document/commands/AddItemCommand.h"

#include "document/WorkspaceDocument.h"

namespace Tepat {

AddItemCommand::AddItemCommand(WorkspaceDocument *document, const PlanItem &item, int position)
    : m_document(document)
    , m_item(item)
    , m_position(position)
{
    setText(tr("Add %1").arg(PlanItem::displayName(item.kind)));
}

void AddItemCommand::undo()
{
    if (!m_document->removeItem(m_item.id))
        setObsolete(true);
}

void AddItemCommand::redo()
{
    if (!m_document->insertItem(m_item, m_position))
        setObsolete(true);
}

} // namespace Tepat
