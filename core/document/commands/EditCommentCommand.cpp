#include "document/commands/EditCommentCommand.h"

#include "document/WorkspaceDocument.h"

namespace Tepat {

EditCommentCommand::EditCommentCommand(WorkspaceDocument *document,
                                       const ReviewComment &after,
                                       const QString &field,
                                       bool mergeable)
    : EditObjectCommand(document,
                        CommandId::EditComment,
                        document->cascade().comment(after.id),
                        after,
                        field,
                        mergeable)
{
    setText(tr("Edit comment"));
}

bool EditCommentCommand::apply(const ReviewComment &state)
{
    return bool(document()->updateComment(state));
}

} // namespace Tepat
