#pragma once

#include "model/Cascade.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Tepat {

class WorkspaceDocument;

// Changes the pemda and the RPJMD period (years, visi, misi) together, because the period's misi
// are edited in the same form; typing into one field merges into one undo step.
class EditPemdaCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::EditPemdaCommand)

public:
    EditPemdaCommand(WorkspaceDocument *document,
                     const Pemda &pemda,
                     const Periode &periode,
                     const QString &field);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    WorkspaceDocument *m_document;
    Pemda m_pemdaBefore;
    Periode m_periodeBefore;
    Pemda m_pemdaAfter;
    Periode m_periodeAfter;
    QString m_field;
};

} // namespace Tepat
