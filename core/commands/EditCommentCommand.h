#pragma once

#include "Cascade.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Tepat {

class WorkspaceDocument;

// Changes a reviewer comment: its text or its resolved flag.
// It holds the object's id and both states by value, never a pointer into the cascade.
class EditCommentCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::EditCommentCommand)

public:
    // field names what changed (a Finding::Field name or an editor's own); only commands on the
    // same object and field merge, and only when mergeable is true (a paste is one step of its
    // own).
    EditCommentCommand(WorkspaceDocument *document,
                       const ReviewComment &after,
                       const QString &field,
                       bool mergeable = true);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    WorkspaceDocument *m_document;
    ReviewComment m_before;
    ReviewComment m_after;
    QString m_field;
    bool m_mergeable;
};

} // namespace Tepat
