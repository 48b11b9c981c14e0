#pragma once

#include "model/Cascade.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Tepat {

class WorkspaceDocument;

// Adds a plan item (a tujuan, sasaran, program, kegiatan, sub kegiatan or PK sasaran) under its
// parent at a position; the caller allocates its id from the document.
class AddItemCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::AddItemCommand)

public:
    AddItemCommand(WorkspaceDocument *document, const PlanItem &item, int position);

    void undo() override;
    void redo() override;

private:
    WorkspaceDocument *m_document;
    PlanItem m_item;
    int m_position;
};

} // namespace Tepat
