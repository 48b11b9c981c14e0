#pragma once

#include "model/Cascade.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <optional>

namespace Tepat {

class WorkspaceDocument;

// Deletes a PK with its sasaran rows and their indicators. The sasaran go first, each as a child
// RemoveItemCommand that keeps the links it cleared; PKs that named this one as their superior's
// lose that link. Undo puts the PK back at its place, then its sasaran, then every link.
class RemovePkCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::RemovePkCommand)

public:
    RemovePkCommand(WorkspaceDocument *document, qint64 pkId, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    WorkspaceDocument *m_document;
    qint64 m_pkId;
    std::optional<Cascade::RemovedPk> m_removed;
};

} // namespace Tepat
