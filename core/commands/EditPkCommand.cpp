#include "EditPkCommand.h"

#include "CommandId.h"
#include "WorkspaceDocument.h"

namespace Tepat {

EditPkCommand::EditPkCommand(WorkspaceDocument *document,
                             const PkDocument &after,
                             const QString &field,
                             bool mergeable)
    : m_document(document)
    , m_after(after)
    , m_field(field)
    , m_mergeable(mergeable)
{
    if (const PkDocument *before = document->cascade().pk(after.id))
        m_before = *before;
    else
        setObsolete(true);
    setText(tr("Edit PK"));
}

void EditPkCommand::undo()
{
    if (!m_document->updatePk(m_before))
        setObsolete(true);
}

void EditPkCommand::redo()
{
    if (isObsolete() || !m_document->updatePk(m_after))
        setObsolete(true);
}

int EditPkCommand::id() const
{
    return m_mergeable ? int(CommandId::EditPk) : -1;
}

bool EditPkCommand::mergeWith(const QUndoCommand *other)
{
    // One command per keystroke keeps findings live; users want one step per field.
    const auto *next = static_cast<const EditPkCommand *>(other);
    if (next->m_document != m_document || next->m_after.id != m_after.id || next->m_field != m_field
        || !next->m_mergeable) {
        return false;
    }
    m_after = next->m_after;
    setObsolete(m_after == m_before); // typed and erased again: no step at all
    return true;
}

} // namespace Tepat
