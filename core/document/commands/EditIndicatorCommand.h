#pragma once

#include "document/commands/EditObjectCommand.h"
#include "model/Cascade.h"

#include <QCoreApplication>

namespace Tepat {

// Changes fields of one indicator. Typing into one field pushes one command per keystroke so that
// findings stay live; consecutive commands on the same field merge into one undo step.
class EditIndicatorCommand : public EditObjectCommand<Indicator>
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::EditIndicatorCommand)

public:
    EditIndicatorCommand(WorkspaceDocument *document,
                         const Indicator &after,
                         const QString &field,
                         bool mergeable = true);

private:
    bool apply(const Indicator &state) override;
};

} // namespace Tepat
