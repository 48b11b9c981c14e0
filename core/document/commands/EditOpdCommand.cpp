#include "document/commands/EditOpdCommand.h"

#include "document/WorkspaceDocument.h"

namespace Tepat {

EditOpdCommand::EditOpdCommand(WorkspaceDocument *document,
                               const Opd &after,
                               const QString &field,
                               bool mergeable)
    : EditObjectCommand(
        document, CommandId::EditOpd, document->cascade().opd(after.id), after, field, mergeable)
{
    setText(tr("Edit OPD"));
}

bool EditOpdCommand::apply(const Opd &state)
{
    return bool(document()->updateOpd(state));
}

} // namespace Tepat
