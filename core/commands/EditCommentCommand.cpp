#include "EditCommentCommand.h"

#include "CommandId.h"
#include "WorkspaceDocument.h"

namespace Tepat {

EditCommentCommand::EditCommentCommand(WorkspaceDocument *document,
                                       const ReviewComment &after,
                                       const QString &field,
                                       bool mergeable)
    : m_document(document)
    , m_after(after)
    , m_field(field)
    , m_mergeable(mergeable)
{
    if (const ReviewComment *before = document->cascade().comment(after.id))
        m_before = *before;
    else
        setObsolete(true);
    setText(tr("Edit comment"));
}

void EditCommentCommand::undo()
{
    if (!m_document->updateComment(m_before))
        setObsolete(true);
}

void EditCommentCommand::redo()
{
    if (isObsolete() || !m_document->updateComment(m_after))
        setObsolete(true);
}

int EditCommentCommand::id() const
{
    return m_mergeable ? int(CommandId::EditComment) : -1;
}

bool EditCommentCommand::mergeWith(const QUndoCommand *other)
{
    // One command per keystroke keeps findings live; users want one step per field.
    const auto *next = static_cast<const EditCommentCommand *>(other);
    if (next->m_document != m_document || next->m_after.id != m_after.id || next->m_field != m_field
        || !next->m_mergeable) {
        return false;
    }
    m_after = next->m_after;
    setObsolete(m_after == m_before); // typed and erased again: no step at all
    return true;
}

} // namespace Tepat
