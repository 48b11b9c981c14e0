#include "document/commands/RemoveCommentCommand.h"

#include "document/WorkspaceDocument.h"

namespace Tepat {

RemoveCommentCommand::RemoveCommentCommand(WorkspaceDocument *document, qint64 commentId)
    : m_document(document)
    , m_commentId(commentId)
{
    setText(tr("Delete comment"));
}

void RemoveCommentCommand::undo()
{
    if (m_position < 0 || !m_document->insertComment(m_comment, m_position))
        setObsolete(true);
}

void RemoveCommentCommand::redo()
{
    Result<std::pair<ReviewComment, int>> removed = m_document->removeComment(m_commentId);
    if (!removed) {
        setObsolete(true);
        return;
    }
    m_comment = removed->first;
    m_position = removed->second;
}

} // namespace Tepat
