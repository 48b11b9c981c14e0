#include "document/commands/EditItemCommand.h"

#include "document/WorkspaceDocument.h"

namespace Tepat {

EditItemCommand::EditItemCommand(WorkspaceDocument *document,
                                 const PlanItem &after,
                                 const QString &field,
                                 bool mergeable)
    : EditObjectCommand(
        document, CommandId::EditItem, document->cascade().item(after.id), after, field, mergeable)
{
    setText(tr("Edit item"));
}

bool EditItemCommand::apply(const PlanItem &state)
{
    return bool(document()->updateItem(state));
}

} // namespace Tepat
