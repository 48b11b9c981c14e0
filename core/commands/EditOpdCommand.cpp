#include "EditOpdCommand.h"

#include "CommandId.h"
#include "WorkspaceDocument.h"

namespace Tepat {

EditOpdCommand::EditOpdCommand(WorkspaceDocument *document,
                               const Opd &after,
                               const QString &field,
                               bool mergeable)
    : m_document(document)
    , m_after(after)
    , m_field(field)
    , m_mergeable(mergeable)
{
    if (const Opd *before = document->cascade().opd(after.id))
        m_before = *before;
    else
        setObsolete(true);
    setText(tr("Edit OPD"));
}

void EditOpdCommand::undo()
{
    if (!m_document->updateOpd(m_before))
        setObsolete(true);
}

void EditOpdCommand::redo()
{
    if (isObsolete() || !m_document->updateOpd(m_after))
        setObsolete(true);
}

int EditOpdCommand::id() const
{
    return m_mergeable ? int(CommandId::EditOpd) : -1;
}

bool EditOpdCommand::mergeWith(const QUndoCommand *other)
{
    // One command per keystroke keeps findings live; users want one step per field.
    const auto *next = static_cast<const EditOpdCommand *>(other);
    if (next->m_document != m_document || next->m_after.id != m_after.id || next->m_field != m_field
        || !next->m_mergeable) {
        return false;
    }
    m_after = next->m_after;
    setObsolete(m_after == m_before); // typed and erased again: no step at all
    return true;
}

} // namespace Tepat
