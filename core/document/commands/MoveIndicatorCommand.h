#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

namespace Tepat {

class WorkspaceDocument;

// Moves an indicator among the indicators of its owner (a row of a PK table up or down).
class MoveIndicatorCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::MoveIndicatorCommand)

public:
    MoveIndicatorCommand(WorkspaceDocument *document, qint64 indicatorId, int position);

    void undo() override;
    void redo() override;

private:
    WorkspaceDocument *m_document;
    qint64 m_indicatorId;
    int m_from = -1;
    int m_to;
};

} // namespace Tepat
