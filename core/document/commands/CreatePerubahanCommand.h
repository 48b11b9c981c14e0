#pragma once

#include "model/Cascade.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <memory>

namespace Tepat {

class WorkspaceDocument;

// "Buat PK Perubahan": a new version of a PK with the alasan (one of the three grounds of
// PermenPAN-RB 53/2014), the dasar and the tanggal berlaku, placed after the version it changes.
// Its sasaran, indicators and program rows are copies under new ids that name what they copy
// (previousVersionId), so the two versions can be compared and edited apart: the earlier one
// stays in the file as it was and is locked from now on (PkLockState). One undo step.
class CreatePerubahanCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::CreatePerubahanCommand)

public:
    struct Request
    {
        qint64 pkId = 0; // the newest version so far
        PkDocument::Alasan alasan = PkDocument::Alasan::NotGiven;
        QString dasar;
        QDate berlaku;
    };

    // Refuses a request without alasan or with a tanggal berlaku outside the PK's year, and a
    // PK that has a later version already.
    static Result<std::unique_ptr<CreatePerubahanCommand>> create(WorkspaceDocument *document,
                                                                  const Request &request);

    qint64 newPkId() const { return m_pk.id; }
    void undo() override;
    void redo() override;

private:
    explicit CreatePerubahanCommand(WorkspaceDocument *document);

    WorkspaceDocument *m_document;
    PkDocument m_pk;
    int m_position = -1;
    QList<PlanItem> m_sasaran;
    QList<Indicator> m_indicators;
};

} // namespace Tepat
