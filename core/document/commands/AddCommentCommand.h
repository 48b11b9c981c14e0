#pragma once

#include "model/ReviewComment.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Tepat {

class WorkspaceDocument;

// Attaches a reviewer comment to an object; the caller allocates its id from the document.
class AddCommentCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::AddCommentCommand)

public:
    AddCommentCommand(WorkspaceDocument *document, const ReviewComment &comment);

    void undo() override;
    void redo() override;

private:
    WorkspaceDocument *m_document;
    ReviewComment m_comment;
};

} // namespace Tepat
