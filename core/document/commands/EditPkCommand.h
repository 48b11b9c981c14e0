#pragma once

#include "document/commands/EditObjectCommand.h"
#include "model/Cascade.h"

#include <QCoreApplication>

namespace Tepat {

// Changes fields or program rows of one PK; typing into one field merges into one undo step.
class EditPkCommand : public EditObjectCommand<PkDocument>
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::EditPkCommand)

public:
    EditPkCommand(WorkspaceDocument *document,
                  const PkDocument &after,
                  const QString &field,
                  bool mergeable = true);

private:
    bool apply(const PkDocument &state) override;
};

} // namespace Tepat
