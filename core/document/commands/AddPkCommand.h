#pragma once

#include "model/PkDocument.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Tepat {

class WorkspaceDocument;

// Adds a PK without sasaran at the end of the PK list; the caller allocates its id (and those of
// its program rows) from the document.
class AddPkCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::AddPkCommand)

public:
    AddPkCommand(WorkspaceDocument *document, const PkDocument &pk);

    void undo() override;
    void redo() override;

private:
    WorkspaceDocument *m_document;
    PkDocument m_pk;
};

} // namespace Tepat
