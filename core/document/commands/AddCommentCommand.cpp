#include "document/commands/AddCommentCommand.h"

#include "document/WorkspaceDocument.h"

namespace Tepat {

AddCommentCommand::AddCommentCommand(WorkspaceDocument *document, const ReviewComment &comment)
    : m_document(document)
    , m_comment(comment)
{
    setText(tr("Add comment"));
}

void AddCommentCommand::undo()
{
    if (!m_document->removeComment(m_comment.id))
        setObsolete(true);
}

void AddCommentCommand::redo()
{
    if (!m_document->insertComment(m_comment, -1))
        setObsolete(true);
}

} // namespace Tepat
