#include "EditItemCommand.h"

#include "CommandId.h"
#include "WorkspaceDocument.h"

namespace Tepat {

EditItemCommand::EditItemCommand(WorkspaceDocument *document,
                                 const PlanItem &after,
                                 const QString &field,
                                 bool mergeable)
    : m_document(document)
    , m_after(after)
    , m_field(field)
    , m_mergeable(mergeable)
{
    if (const PlanItem *before = document->cascade().item(after.id))
        m_before = *before;
    else
        setObsolete(true);
    setText(tr("Edit item"));
}

void EditItemCommand::undo()
{
    if (!m_document->updateItem(m_before))
        setObsolete(true);
}

void EditItemCommand::redo()
{
    if (isObsolete() || !m_document->updateItem(m_after))
        setObsolete(true);
}

int EditItemCommand::id() const
{
    return m_mergeable ? int(CommandId::EditItem) : -1;
}

bool EditItemCommand::mergeWith(const QUndoCommand *other)
{
    // One command per keystroke keeps findings live; users want one step per field.
    const auto *next = static_cast<const EditItemCommand *>(other);
    if (next->m_document != m_document || next->m_after.id != m_after.id || next->m_field != m_field
        || !next->m_mergeable) {
        return false;
    }
    m_after = next->m_after;
    setObsolete(m_after == m_before); // typed and erased again: no step at all
    return true;
}

} // namespace Tepat
