#pragma once

#include "document/WorkspaceDocument.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <memory>

namespace Tepat {

// What the commands that change a workspace share: the workspace opened as the window opens it
// (with its file lock, so a Tepat that has it open is not overwritten), an undo command applied
// through the document (so the PK lock and every other rule of the window hold on the command
// line too), and the file saved in one step.
class WorkspaceEdit
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::WorkspaceEdit)

public:
    static Result<std::unique_ptr<WorkspaceDocument>> open(const QString &path);
    // Fails, saving nothing, when the document refuses the command.
    static Result<void> apply(WorkspaceDocument &document, std::unique_ptr<QUndoCommand> command);
    // The PK of --pk ID, or why there is none.
    static Result<qint64> pk(const Cascade &cascade, const QString &id, const QString &path);
    // Who records a lock or an unlock from the command line: the login name.
    static QString author();
};

} // namespace Tepat
