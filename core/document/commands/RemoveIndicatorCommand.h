#pragma once

#include "model/Cascade.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <optional>

namespace Tepat {

class WorkspaceDocument;

// Deletes an indicator. Indicators that served it lose that link; undo puts the indicator back
// at its position and restores those links.
class RemoveIndicatorCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::RemoveIndicatorCommand)

public:
    RemoveIndicatorCommand(WorkspaceDocument *document, qint64 indicatorId);

    void undo() override;
    void redo() override;

private:
    WorkspaceDocument *m_document;
    qint64 m_indicatorId;
    std::optional<Cascade::RemovedIndicator> m_removed;
};

} // namespace Tepat
