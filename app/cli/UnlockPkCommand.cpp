#include "UnlockPkCommand.h"

#include "WorkspaceEdit.h"
#include "document/commands/PkLockCommand.h"

namespace Tepat {

QString UnlockPkCommand::summary() const
{
    return tr("Unlock a signed PK, with the reason, which its history keeps.");
}

void UnlockPkCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), tr("The workspace (.tepat)."));
    parser.addOption({QStringLiteral("pk"), tr("The PK's id."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("reason"), tr("Why it is unlocked."), QStringLiteral("TEXT")});
}

int UnlockPkCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const
{
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.size() != 1 || !parser.isSet(QStringLiteral("pk")))
        return usage(tr("unlock-pk takes a workspace, --pk ID and --reason TEXT."), err);
    Result<std::unique_ptr<WorkspaceDocument>> document = WorkspaceEdit::open(files.first());
    if (!document)
        return report(document.error(), err);
    const Result<qint64> pkId = WorkspaceEdit::pk(
        (*document)->cascade(), parser.value(QStringLiteral("pk")), (*document)->path());
    if (!pkId)
        return report(pkId.error(), err);
    PkLockEvent event;
    event.action = PkLockEvent::Action::Unlock;
    event.at = QDateTime::currentDateTimeUtc();
    event.author = WorkspaceEdit::author();
    event.note = parser.value(QStringLiteral("reason")).trimmed();
    Result<std::unique_ptr<PkLockCommand>> command
        = PkLockCommand::create(document->get(), *pkId, event);
    if (!command)
        return report(command.error(), err);
    if (Result<void> done = WorkspaceEdit::apply(**document, std::move(*command)); !done)
        return report(done.error(), err);
    out << tr("PK %1 is unlocked.").arg(*pkId) << Qt::endl;
    return Success;
}

} // namespace Tepat
