#include "document/commands/EditIndicatorCommand.h"

#include "document/WorkspaceDocument.h"

namespace Tepat {

EditIndicatorCommand::EditIndicatorCommand(WorkspaceDocument *document,
                                           const Indicator &after,
                                           const QString &field,
                                           bool mergeable)
    : EditObjectCommand(document,
                        CommandId::EditIndicator,
                        document->cascade().indicator(after.id),
                        after,
                        field,
                        mergeable)
{
    setText(tr("Edit indicator"));
}

bool EditIndicatorCommand::apply(const Indicator &state)
{
    return bool(document()->updateIndicator(state));
}

} // namespace Tepat
