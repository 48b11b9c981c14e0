#include "EditIndicatorCommand.h"

#include "CommandId.h"
#include "WorkspaceDocument.h"

namespace Tepat {

EditIndicatorCommand::EditIndicatorCommand(WorkspaceDocument *document,
                                           const Indicator &after,
                                           const QString &field,
                                           bool mergeable)
    : m_document(document)
    , m_after(after)
    , m_field(field)
    , m_mergeable(mergeable)
{
    if (const Indicator *before = document->cascade().indicator(after.id))
        m_before = *before;
    else
        setObsolete(true);
    setText(tr("Edit indicator"));
}

void EditIndicatorCommand::undo()
{
    if (!m_document->updateIndicator(m_before))
        setObsolete(true);
}

void EditIndicatorCommand::redo()
{
    if (isObsolete() || !m_document->updateIndicator(m_after))
        setObsolete(true);
}

int EditIndicatorCommand::id() const
{
    return m_mergeable ? int(CommandId::EditIndicator) : -1;
}

bool EditIndicatorCommand::mergeWith(const QUndoCommand *other)
{
    // One command per keystroke keeps findings live; users want one step per field.
    const auto *next = static_cast<const EditIndicatorCommand *>(other);
    if (next->m_document != m_document || next->m_after.id != m_after.id || next->m_field != m_field
        || !next->m_mergeable) {
        return false;
    }
    m_after = next->m_after;
    setObsolete(m_after == m_before); // typed and erased again: no step at all
    return true;
}

} // namespace Tepat
