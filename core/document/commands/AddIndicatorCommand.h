#pragma once

#include "model/Cascade.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Tepat {

class WorkspaceDocument;

// Adds an indicator under a plan item at a position. The caller allocates the id from the
// document, so redo after undo brings back the same id and later commands still find it.
class AddIndicatorCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::AddIndicatorCommand)

public:
    AddIndicatorCommand(WorkspaceDocument *document, const Indicator &indicator, int position);

    void undo() override;
    void redo() override;

private:
    WorkspaceDocument *m_document;
    Indicator m_indicator;
    int m_position;
};

} // namespace Tepat
