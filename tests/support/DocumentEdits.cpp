#include "support/DocumentEdits.h"

#include "document/WorkspaceDocument.h"
#include "document/commands/CreatePerubahanCommand.h"
#include "document/commands/EditIndicatorCommand.h"
#include "document/commands/PkLockCommand.h"

#include <QUndoStack>

namespace Tepat::DocumentEdits {

qint64 firstIndicator(const Cascade &cascade)
{
    const qint64 tujuan = cascade.childItems(0).first();
    const qint64 sasaran = cascade.childItems(tujuan).first();
    return cascade.indicatorsOf(sasaran).first();
}

void editFirstIndicator(WorkspaceDocument &document, const QString &text)
{
    Indicator indicator = *document.cascade().indicator(firstIndicator(document.cascade()));
    indicator.text = text;
    document.undoStack()->push(
        new EditIndicatorCommand(&document, indicator, QStringLiteral("text")));
}

Result<void> signOnPaper(WorkspaceDocument &document, qint64 pkId, QDate signedOn)
{
    PkLockEvent event;
    event.method = PkLockEvent::Method::Paper;
    event.at = QDateTime::currentDateTimeUtc();
    event.signedOn = signedOn;
    event.author = QStringLiteral("bappeda");
    Result<std::unique_ptr<PkLockCommand>> command = PkLockCommand::create(&document, pkId, event);
    if (!command)
        return tl::make_unexpected(command.error());
    document.undoStack()->push(command->release());
    return {};
}

Result<qint64> perubahan(WorkspaceDocument &document, qint64 pkId, QDate berlaku)
{
    CreatePerubahanCommand::Request request;
    request.pkId = pkId;
    request.alasan = PkDocument::Alasan::PerubahanStrategi;
    request.dasar = QStringLiteral("Perda APBD-Perubahan 2026");
    request.berlaku = berlaku;
    auto command = CreatePerubahanCommand::create(&document, request);
    if (!command)
        return tl::make_unexpected(command.error());
    const qint64 id = (*command)->newPkId();
    document.undoStack()->push(command->release());
    return id;
}

} // namespace Tepat::DocumentEdits
