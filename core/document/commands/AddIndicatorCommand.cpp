#include "document/commands/AddIndicatorCommand.h"

#include "document/WorkspaceDocument.h"

namespace Tepat {

AddIndicatorCommand::AddIndicatorCommand(WorkspaceDocument *document,
                                         const Indicator &indicator,
                                         int position)
    : m_document(document)
    , m_indicator(indicator)
    , m_position(position)
{
    setText(tr("Add indicator"));
}

void AddIndicatorCommand::undo()
{
    if (!m_document->removeIndicator(m_indicator.id))
        setObsolete(true);
}

void AddIndicatorCommand::redo()
{
    if (!m_document->insertIndicator(m_indicator, m_position))
        setObsolete(true);
}

} // namespace Tepat
