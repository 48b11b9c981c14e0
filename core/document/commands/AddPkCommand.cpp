#include "document/commands/AddPkCommand.h"

#include "document/WorkspaceDocument.h"

namespace Tepat {

AddPkCommand::AddPkCommand(WorkspaceDocument *document, const PkDocument &pk)
    : m_document(document)
    , m_pk(pk)
{
    setText(tr("Add PK %1").arg(pk.year));
}

void AddPkCommand::undo()
{
    if (!m_document->removePk(m_pk.id))
        setObsolete(true);
}

void AddPkCommand::redo()
{
    if (!m_document->insertPk(m_pk, -1))
        setObsolete(true);
}

} // namespace Tepat
