#pragma once

#include "model/ReviewComment.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Tepat {

class WorkspaceDocument;

// Deletes a reviewer comment; undo puts it back at its place in the list.
class RemoveCommentCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::RemoveCommentCommand)

public:
    RemoveCommentCommand(WorkspaceDocument *document, qint64 commentId);

    void undo() override;
    void redo() override;

private:
    WorkspaceDocument *m_document;
    qint64 m_commentId;
    ReviewComment m_comment;
    int m_position = -1;
};

} // namespace Tepat
