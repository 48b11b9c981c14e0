#pragma once

#include "model/Cascade.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Tepat {

class WorkspaceDocument;

// "Duplicate PK for next year": a new PK of the same official and level for the following year,
// with the same sasaran, indicators and program rows under new ids. Each indicator keeps what it
// serves, and its target is the served Renstra indicator's target for the new year (left empty
// when the Renstra has none, so the checker asks for it); a program row that comes from a Renstra
// item takes that item's pagu for the new year as a first anggaran. One undo step.
class DuplicatePkCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::DuplicatePkCommand)

public:
    DuplicatePkCommand(WorkspaceDocument *document, qint64 pkId);

    qint64 newPkId() const { return m_pk.id; }
    void undo() override;
    void redo() override;

private:
    WorkspaceDocument *m_document;
    PkDocument m_pk;
    QList<PlanItem> m_sasaran;
    QList<Indicator> m_indicators;
};

} // namespace Tepat
