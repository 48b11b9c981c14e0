#include "document/commands/EditMeasureSettingsCommand.h"

#include "document/WorkspaceDocument.h"

namespace Tepat {

EditMeasureSettingsCommand::EditMeasureSettingsCommand(WorkspaceDocument *document,
                                                       const MeasureSettings &settings)
    : m_document(document)
    , m_before(document->cascade().measureSettings())
    , m_after(settings)
{
    setText(tr("Change how capaian is measured"));
    setObsolete(m_before == m_after);
}

void EditMeasureSettingsCommand::undo()
{
    m_document->setMeasureSettings(m_before);
}

void EditMeasureSettingsCommand::redo()
{
    m_document->setMeasureSettings(m_after);
}

} // namespace Tepat
