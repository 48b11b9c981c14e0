#include "AddPerubahanCommand.h"

#include "WorkspaceEdit.h"
#include "document/commands/CreatePerubahanCommand.h"
#include "store/EnumKeys.h"

namespace Tepat {

QString AddPerubahanCommand::summary() const
{
    return tr("Make a PK Perubahan of a PK: a new version with its alasan, dasar and tanggal "
              "berlaku.");
}

void AddPerubahanCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), tr("The workspace (.tepat)."));
    parser.addOption({QStringLiteral("pk"), tr("The PK's id."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("alasan"),
                      tr("The ground: %1.").arg(enumKeyList<PkDocument::Alasan>()),
                      QStringLiteral("GROUND")});
    parser.addOption({QStringLiteral("dasar"),
                      tr("What it rests on, e.g. \"Perda APBD-Perubahan 2026\"."),
                      QStringLiteral("TEXT")});
    parser.addOption(
        {QStringLiteral("berlaku"), tr("The day it takes effect."), QStringLiteral("YYYY-MM-DD")});
}

int AddPerubahanCommand::run(const QCommandLineParser &parser,
                             QTextStream &out,
                             QTextStream &err) const
{
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.size() != 1 || !parser.isSet(QStringLiteral("pk")))
        return usage(tr("add-perubahan takes a workspace, --pk ID, --alasan, --dasar and "
                        "--berlaku."),
                     err);
    const auto alasan = enumFromKey<PkDocument::Alasan>(parser.value(QStringLiteral("alasan")));
    if (!alasan) {
        return usage(tr("--alasan takes one of: %1.").arg(enumKeyList<PkDocument::Alasan>()), err);
    }
    Result<std::unique_ptr<WorkspaceDocument>> document = WorkspaceEdit::open(files.first());
    if (!document)
        return report(document.error(), err);
    const Result<qint64> pkId = WorkspaceEdit::pk(
        (*document)->cascade(), parser.value(QStringLiteral("pk")), (*document)->path());
    if (!pkId)
        return report(pkId.error(), err);
    CreatePerubahanCommand::Request request;
    request.pkId = *pkId;
    request.alasan = *alasan;
    request.dasar = parser.value(QStringLiteral("dasar"));
    request.berlaku = QDate::fromString(parser.value(QStringLiteral("berlaku")), Qt::ISODate);
    Result<std::unique_ptr<CreatePerubahanCommand>> command
        = CreatePerubahanCommand::create(document->get(), request);
    if (!command)
        return report(command.error(), err);
    const qint64 newId = (*command)->newPkId();
    if (Result<void> done = WorkspaceEdit::apply(**document, std::move(*command)); !done)
        return report(done.error(), err);
    out << tr("Made PK Perubahan %1 of PK %2.").arg(newId).arg(*pkId) << Qt::endl;
    return Success;
}

} // namespace Tepat
