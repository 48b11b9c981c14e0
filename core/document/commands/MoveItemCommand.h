#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

namespace Tepat {

class WorkspaceDocument;

// Moves a plan item among its siblings (a sasaran of a PK up or down); it keeps its parent.
class MoveItemCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::MoveItemCommand)

public:
    MoveItemCommand(WorkspaceDocument *document, qint64 itemId, int position);

    void undo() override;
    void redo() override;

private:
    WorkspaceDocument *m_document;
    qint64 m_itemId;
    int m_from = -1;
    int m_to;
};

} // namespace Tepat
