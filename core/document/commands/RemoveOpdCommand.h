#pragma once

#include "model/Opd.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <optional>

namespace Tepat {

class WorkspaceDocument;

// Deletes an OPD with its whole Renstra and all its PKs, in one undo step. The PKs and the
// Renstra tujuan are removed first by child commands, each keeping the links into them that it
// cleared (indicators that served them, RPJMD support, superior PKs, program rows), so that an
// undo restores the OPD at its place with every link exactly as before.
class RemoveOpdCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::RemoveOpdCommand)

public:
    RemoveOpdCommand(WorkspaceDocument *document, qint64 opdId);

    void undo() override;
    void redo() override;

private:
    WorkspaceDocument *m_document;
    qint64 m_opdId;
    std::optional<std::pair<Opd, int>> m_removed;
};

} // namespace Tepat
