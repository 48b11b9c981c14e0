#pragma once

#include "model/Cascade.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <memory>

namespace Tepat {

class WorkspaceDocument;

// Records that a PK was signed (and locks it) or unlocks it, as one entry of its lock history.
// create() refuses what makes no sense: locking a PK that is signed already or without the day it
// was signed, unlocking one that is not signed, without a reason, or one a PK Perubahan has
// replaced (it stays as it was signed). Undo takes the entry back.
class PkLockCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::PkLockCommand)

public:
    static Result<std::unique_ptr<PkLockCommand>>
    create(WorkspaceDocument *document, qint64 pkId, const PkLockEvent &event);

    void undo() override;
    void redo() override;

private:
    PkLockCommand(WorkspaceDocument *document, PkDocument before, PkDocument after);

    WorkspaceDocument *m_document;
    PkDocument m_before;
    PkDocument m_after;
};

} // namespace Tepat
