#pragma once

#include "document/commands/EditObjectCommand.h"
#include "model/Cascade.h"

#include <QCoreApplication>

namespace Tepat {

// Changes fields of one plan item (name, code, links, pagu); typing into one field merges into one
// undo step.
class EditItemCommand : public EditObjectCommand<PlanItem>
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::EditItemCommand)

public:
    EditItemCommand(WorkspaceDocument *document,
                    const PlanItem &after,
                    const QString &field,
                    bool mergeable = true);

private:
    bool apply(const PlanItem &state) override;
};

} // namespace Tepat
