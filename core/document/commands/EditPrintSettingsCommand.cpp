#include "document/commands/EditPrintSettingsCommand.h"

#include "document/WorkspaceDocument.h"

namespace Tepat {

EditPrintSettingsCommand::EditPrintSettingsCommand(WorkspaceDocument *document,
                                                   const PrintSettings &settings)
    : m_document(document)
    , m_before(document->cascade().printSettings())
    , m_after(settings)
{
    setText(tr("Change the paper of the PKs"));
    setObsolete(m_before == m_after);
}

void EditPrintSettingsCommand::undo()
{
    m_document->setPrintSettings(m_before);
}

void EditPrintSettingsCommand::redo()
{
    m_document->setPrintSettings(m_after);
}

} // namespace Tepat
