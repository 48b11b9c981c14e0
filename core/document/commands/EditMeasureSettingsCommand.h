#pragma once

#include "model/MeasureSettings.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Tepat {

class WorkspaceDocument;

// Changes how the workspace measures results: the closed triwulan, the cap, the formula for
// lower-is-better indicators, the kendala threshold or the kategori scale. One step of its own.
class EditMeasureSettingsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::EditMeasureSettingsCommand)

public:
    EditMeasureSettingsCommand(WorkspaceDocument *document, const MeasureSettings &settings);

    void undo() override;
    void redo() override;

private:
    WorkspaceDocument *m_document;
    MeasureSettings m_before;
    MeasureSettings m_after;
};

} // namespace Tepat
