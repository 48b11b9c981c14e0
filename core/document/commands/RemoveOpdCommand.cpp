#include "document/commands/RemoveOpdCommand.h"

#include "document/WorkspaceDocument.h"
#include "document/commands/RemoveItemCommand.h"
#include "document/commands/RemovePkCommand.h"

namespace Tepat {

RemoveOpdCommand::RemoveOpdCommand(WorkspaceDocument *document, qint64 opdId)
    : m_document(document)
    , m_opdId(opdId)
{
    const Cascade &cascade = document->cascade();
    const Opd *opd = cascade.opd(opdId);
    if (!opd) {
        setObsolete(true);
        return;
    }
    for (qint64 pkId : cascade.pksOf(opdId))
        new RemovePkCommand(document, pkId, this);
    for (qint64 tujuan : cascade.childItems(opdId))
        new RemoveItemCommand(document, tujuan, this);
    setText(tr("Delete OPD %1").arg(opd->shortName.isEmpty() ? opd->name : opd->shortName));
}

void RemoveOpdCommand::undo()
{
    if (!m_removed || !m_document->insertOpd(m_removed->first, m_removed->second)) {
        setObsolete(true);
        return;
    }
    QUndoCommand::undo();
}

void RemoveOpdCommand::redo()
{
    if (isObsolete())
        return;
    // A locked PK of the OPD is refused before anything goes.
    for (const PkDocument &pk : m_document->cascade().pks()) {
        if (pk.opdId == m_opdId && !m_document->checkEditable(pk.id)) {
            setObsolete(true);
            return;
        }
    }
    QUndoCommand::redo();
    Result<std::pair<Opd, int>> removed = m_document->removeOpd(m_opdId);
    if (removed)
        m_removed = std::move(*removed);
    else
        setObsolete(true);
}

} // namespace Tepat
