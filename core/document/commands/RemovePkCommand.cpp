#include "document/commands/RemovePkCommand.h"

#include "document/WorkspaceDocument.h"
#include "document/commands/RemoveItemCommand.h"

namespace Tepat {

RemovePkCommand::RemovePkCommand(WorkspaceDocument *document, qint64 pkId, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_pkId(pkId)
{
    const PkDocument *pk = document->cascade().pk(pkId);
    if (!pk) {
        setObsolete(true);
        return;
    }
    // Children redo in this order and undo in reverse: the sasaran come back after their PK.
    for (qint64 sasaran : document->cascade().childItems(pkId))
        new RemoveItemCommand(document, sasaran, this);
    setText(tr("Delete PK %1").arg(pk->year));
}

void RemovePkCommand::undo()
{
    if (!m_removed || !m_document->restorePk(*m_removed)) {
        setObsolete(true);
        return;
    }
    QUndoCommand::undo();
}

void RemovePkCommand::redo()
{
    // A locked PK is refused before any of its sasaran goes.
    if (isObsolete() || !m_document->checkEditable(m_pkId)) {
        setObsolete(true);
        return;
    }
    QUndoCommand::redo();
    Result<Cascade::RemovedPk> removed = m_document->removePk(m_pkId);
    if (removed)
        m_removed = std::move(*removed);
    else
        setObsolete(true);
}

} // namespace Tepat
