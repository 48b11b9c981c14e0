#pragma once

#include "document/commands/EditObjectCommand.h"
#include "model/Cascade.h"

#include <QCoreApplication>

namespace Tepat {

// Changes a reviewer comment: its text or its resolved flag.
class EditCommentCommand : public EditObjectCommand<ReviewComment>
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::EditCommentCommand)

public:
    EditCommentCommand(WorkspaceDocument *document,
                       const ReviewComment &after,
                       const QString &field,
                       bool mergeable = true);

private:
    bool apply(const ReviewComment &state) override;
};

} // namespace Tepat
