#pragma once

#include "document/commands/EditObjectCommand.h"
#include "model/Cascade.h"

#include <QCoreApplication>

namespace Tepat {

// Changes the fields of one OPD; typing into one field merges into one undo step.
class EditOpdCommand : public EditObjectCommand<Opd>
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::EditOpdCommand)

public:
    EditOpdCommand(WorkspaceDocument *document,
                   const Opd &after,
                   const QString &field,
                   bool mergeable = true);

private:
    bool apply(const Opd &state) override;
};

} // namespace Tepat
