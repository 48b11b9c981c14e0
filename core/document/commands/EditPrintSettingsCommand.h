#pragma once

#include "model/PrintSettings.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Tepat {

class WorkspaceDocument;

// Changes how the workspace prints its PKs (the paper). A choice from a list is one step of its
// own, so it never merges.
class EditPrintSettingsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::EditPrintSettingsCommand)

public:
    EditPrintSettingsCommand(WorkspaceDocument *document, const PrintSettings &settings);

    void undo() override;
    void redo() override;

private:
    WorkspaceDocument *m_document;
    PrintSettings m_before;
    PrintSettings m_after;
};

} // namespace Tepat
