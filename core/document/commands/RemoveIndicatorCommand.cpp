#include "document/commands/RemoveIndicatorCommand.h"

#include "document/WorkspaceDocument.h"

namespace Tepat {

RemoveIndicatorCommand::RemoveIndicatorCommand(WorkspaceDocument *document, qint64 indicatorId)
    : m_document(document)
    , m_indicatorId(indicatorId)
{
    setText(tr("Delete indicator"));
}

void RemoveIndicatorCommand::undo()
{
    if (!m_removed || !m_document->restoreIndicator(*m_removed))
        setObsolete(true);
}

void RemoveIndicatorCommand::redo()
{
    Result<Cascade::RemovedIndicator> removed = m_document->removeIndicator(m_indicatorId);
    if (removed)
        m_removed = std::move(*removed);
    else
        setObsolete(true);
}

} // namespace Tepat
