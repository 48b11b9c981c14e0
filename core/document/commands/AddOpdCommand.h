#pragma once

#include "model/Opd.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Tepat {

class WorkspaceDocument;

// Adds an OPD (with its empty Renstra) at a position among the OPDs; the caller allocates its id
// from the document.
class AddOpdCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::AddOpdCommand)

public:
    AddOpdCommand(WorkspaceDocument *document, const Opd &opd, int position);

    void undo() override;
    void redo() override;

private:
    WorkspaceDocument *m_document;
    Opd m_opd;
    int m_position;
};

} // namespace Tepat
