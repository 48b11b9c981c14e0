#pragma once

#include "import/ImportPlan.h"
#include "model/Cascade.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <memory>

namespace Tepat {

class WorkspaceDocument;

// Puts an ImportPlan into the cascade as one undo step: into the Renstra of an OPD (tujuan,
// sasaran, program, kegiatan and sub kegiatan with their pagu and indicators) or into a PK
// (its sasaran rows with the indicators and the PK year's target; programs, kegiatan and sub
// kegiatan become program rows with that year's pagu as anggaran). Items that are there already
// under the same parent with the same name (and code) are reused, so an IKU sheet can fill an
// existing Renstra. A Renstra sasaran without a tujuan in the sheet goes under the OPD's last
// tujuan, a program without a sasaran under the last sasaran; if there is none, one named after
// the sheet is made for it.
//
// create() refuses a plan with problems and tries every insert on a copy of the cascade first,
// so the command either applies whole or is never made: no partial import.
class ImportSheetCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::ImportSheetCommand)

public:
    enum class TargetKind { Renstra, Pk };
    struct Target
    {
        TargetKind kind = TargetKind::Renstra;
        qint64 id = 0; // the OPD of the Renstra, or the PK
    };

    // sourceName names the sheet for placeholders and the undo text ("IKU").
    static Result<std::unique_ptr<ImportSheetCommand>> create(WorkspaceDocument *document,
                                                              const ImportPlan &plan,
                                                              const Target &target,
                                                              const QString &sourceName);

    int itemCount() const { return int(m_items.size()); }
    int indicatorCount() const { return int(m_indicators.size()); }
    void undo() override;
    void redo() override;

private:
    explicit ImportSheetCommand(WorkspaceDocument *document);
    Result<void> applyTo(Cascade &cascade) const;

    WorkspaceDocument *m_document;
    QList<PlanItem> m_items;       // new items, each parent before its children
    QList<Indicator> m_indicators; // new indicators, some under items that were there already
    std::optional<PkDocument> m_pkBefore;
    std::optional<PkDocument> m_pkAfter;
};

} // namespace Tepat
