#include "document/commands/AddOpdCommand.h"

#include "document/WorkspaceDocument.h"

namespace Tepat {

AddOpdCommand::AddOpdCommand(WorkspaceDocument *document, const Opd &opd, int position)
    : m_document(document)
    , m_opd(opd)
    , m_position(position)
{
    setText(tr("Add OPD"));
}

void AddOpdCommand::undo()
{
    if (!m_document->removeOpd(m_opd.id))
        setObsolete(true);
}

void AddOpdCommand::redo()
{
    if (!m_document->insertOpd(m_opd, m_position))
        setObsolete(true);
}

} // namespace Tepat
