#include "document/commands/PkLockCommand.h"

#include "document/WorkspaceDocument.h"
#include "model/PkVersions.h"

namespace Tepat {

PkLockCommand::PkLockCommand(WorkspaceDocument *document, PkDocument before, PkDocument after)
    : m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

Result<std::unique_ptr<PkLockCommand>>
PkLockCommand::create(WorkspaceDocument *document, qint64 pkId, const PkLockEvent &event)
{
    const Cascade &cascade = document->cascade();
    const PkDocument *pk = cascade.pk(pkId);
    if (!pk)
        return fail(Error(Error::Code::Invalid, tr("PK %1 does not exist.").arg(pkId)));
    const auto refuse = [](const QString &why) { return fail(Error(Error::Code::Invalid, why)); };
    if (event.action == PkLockEvent::Action::Lock) {
        // A PK terkunci through the workflow is signed afterwards: that lock may follow.
        const PkLockEvent *current = pk->currentLock();
        if (current
            && (current->method != PkLockEvent::Method::Workflow
                || event.method == PkLockEvent::Method::Workflow)) {
            return refuse(tr("This PK is signed and locked already."));
        }
        if (!event.signedOn.isValid())
            return refuse(tr("Give the day the PK was signed."));
    } else {
        if (PkVersions::successor(cascade, pkId) != 0) {
            return refuse(tr("This PK was replaced by a PK Perubahan and stays as it was "
                             "signed."));
        }
        if (!pk->isLocked())
            return refuse(tr("This PK is not locked."));
        if (event.note.trimmed().isEmpty())
            return refuse(tr("Unlocking a signed PK needs a reason, which is kept with it."));
    }
    // Whole seconds in UTC: what the file and the JSON keep, so a saved history reads back equal.
    PkLockEvent recorded = event;
    const QDateTime at = event.at.isValid() ? event.at.toUTC() : QDateTime::currentDateTimeUtc();
    recorded.at = at.addMSecs(-at.time().msec());
    PkDocument after = *pk;
    after.lockHistory.append(recorded);
    auto command
        = std::unique_ptr<PkLockCommand>(new PkLockCommand(document, *pk, std::move(after)));
    command->setText(event.action == PkLockEvent::Action::Lock ? tr("Mark PK as signed")
                                                               : tr("Unlock PK"));
    return command;
}

void PkLockCommand::undo()
{
    if (!m_document->updatePk(m_before))
        setObsolete(true);
}

void PkLockCommand::redo()
{
    if (isObsolete() || !m_document->updatePk(m_after))
        setObsolete(true);
}

} // namespace Tepat
