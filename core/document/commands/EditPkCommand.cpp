#include "document/commands/EditPkCommand.h"

#include "document/WorkspaceDocument.h"

namespace Tepat {

EditPkCommand::EditPkCommand(WorkspaceDocument *document,
                             const PkDocument &after,
                             const QString &field,
                             bool mergeable)
    : EditObjectCommand(
        document, CommandId::EditPk, document->cascade().pk(after.id), after, field, mergeable)
{
    setText(tr("Edit PK"));
}

bool EditPkCommand::apply(const PkDocument &state)
{
    return bool(document()->updatePk(state));
}

} // namespace Tepat
