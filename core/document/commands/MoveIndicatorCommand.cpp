#include "document/commands/MoveIndicatorCommand.h"

#include "document/WorkspaceDocument.h"

namespace Tepat {

MoveIndicatorCommand::MoveIndicatorCommand(WorkspaceDocument *document,
                                           qint64 indicatorId,
                                           int position)
    : m_document(document)
    , m_indicatorId(indicatorId)
    , m_to(position)
{
    if (const Indicator *indicator = document->cascade().indicator(indicatorId))
        m_from = int(document->cascade().indicatorsOf(indicator->ownerId).indexOf(indicatorId));
    setText(tr("Move indicator"));
}

void MoveIndicatorCommand::undo()
{
    if (!m_document->moveIndicator(m_indicatorId, m_from))
        setObsolete(true);
}

void MoveIndicatorCommand::redo()
{
    if (m_from < 0 || m_from == m_to || !m_document->moveIndicator(m_indicatorId, m_to))
        setObsolete(true);
}

} // namespace Tepat
