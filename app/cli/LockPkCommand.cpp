#include "LockPkCommand.h"

#include "WorkspaceEdit.h"
#include "base/InputFile.h"
#include "document/commands/PkLockCommand.h"
#include "print/PkContent.h"
#include "print/PkPdfMetadata.h"
#include "sign/PdfSignatureVerifier.h"

#include <QFileInfo>

namespace Tepat {

namespace {

// Whether the signed PDF is a print of the PK as it stands, every signature holding; the day of
// its last signature, or why not.
Result<QDate> signedDay(const QString &pdfPath, const Cascade &cascade, qint64 pkId)
{
    const QString path = QFileInfo(pdfPath).absoluteFilePath();
    const Result<QByteArray> read = InputFile::read(path, PkPdfMetadata::maxFileSize);
    if (!read)
        return fail(read.error());
    const QByteArray &pdf = *read;
    const Result<QList<PdfSignatureVerifier::Signature>> signatures
        = PdfSignatureVerifier::verify(pdf, path);
    if (!signatures)
        return fail(signatures.error());
    const auto refuse
        = [&](const QString &why) { return fail(Error(Error::Code::Invalid, why, path)); };
    if (signatures->isEmpty())
        return refuse(LockPkCommand::tr("%1 carries no digital signature.").arg(path));
    for (const PdfSignatureVerifier::Signature &signature : *signatures) {
        if (!signature.holds())
            return refuse(LockPkCommand::tr("A signature of %1 does not hold (verify-pdf says "
                                            "why).")
                              .arg(path));
    }
    const auto printed = PkPdfMetadata::parse(pdf);
    const PkContent content = PkContent::from(cascade, *cascade.pk(pkId));
    const PkFingerprint now
        = PkFingerprint::of(content, PkFingerprint::Document::PerjanjianKinerja);
    if (!printed || !printed->contains(now)) {
        return refuse(LockPkCommand::tr("%1 is not a print of PK %2 as the workspace has it now.")
                          .arg(path)
                          .arg(pkId));
    }
    return signatures->last().signedAt.date();
}

} // namespace

QString LockPkCommand::summary() const
{
    return tr("Record that a PK was signed (on paper, or in a signed PDF), which locks it.");
}

void LockPkCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), tr("The workspace (.tepat)."));
    parser.addOption({QStringLiteral("pk"), tr("The PK's id."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("signed-on"),
                      tr("The day it was signed on paper."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("signed-pdf"),
                      tr("A PDF of the PK signed with sign-pdf."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("note"), tr("A note kept with the lock."), QStringLiteral("TEXT")});
}

int LockPkCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const
{
    const QStringList files = parser.positionalArguments().mid(1);
    const bool paper = parser.isSet(QStringLiteral("signed-on"));
    const bool pdf = parser.isSet(QStringLiteral("signed-pdf"));
    if (files.size() != 1 || !parser.isSet(QStringLiteral("pk")) || paper == pdf)
        return usage(tr("lock-pk takes a workspace, --pk ID and one of --signed-on YYYY-MM-DD "
                        "or --signed-pdf FILE."),
                     err);
    Result<std::unique_ptr<WorkspaceDocument>> document = WorkspaceEdit::open(files.first());
    if (!document)
        return report(document.error(), err);
    const Cascade &cascade = (*document)->cascade();
    const Result<qint64> pkId
        = WorkspaceEdit::pk(cascade, parser.value(QStringLiteral("pk")), (*document)->path());
    if (!pkId)
        return report(pkId.error(), err);

    PkLockEvent event;
    event.action = PkLockEvent::Action::Lock;
    event.at = QDateTime::currentDateTimeUtc();
    event.author = WorkspaceEdit::author();
    event.note = parser.value(QStringLiteral("note"));
    if (paper) {
        event.method = PkLockEvent::Method::Paper;
        event.signedOn = QDate::fromString(parser.value(QStringLiteral("signed-on")), Qt::ISODate);
        if (!event.signedOn.isValid())
            return usage(tr("--signed-on takes a date as YYYY-MM-DD."), err);
    } else {
        const Result<QDate> day
            = signedDay(parser.value(QStringLiteral("signed-pdf")), cascade, *pkId);
        if (!day) {
            err << day.error().message << Qt::endl;
            return Findings;
        }
        event.method = PkLockEvent::Method::SignedPdf;
        event.signedOn = *day;
        if (event.note.isEmpty())
            event.note = QFileInfo(parser.value(QStringLiteral("signed-pdf"))).fileName();
    }
    Result<std::unique_ptr<PkLockCommand>> command
        = PkLockCommand::create(document->get(), *pkId, event);
    if (!command)
        return report(command.error(), err);
    if (Result<void> done = WorkspaceEdit::apply(**document, std::move(*command)); !done)
        return report(done.error(), err);
    out << tr("PK %1 is signed and locked.").arg(*pkId) << Qt::endl;
    return Success;
}

} // namespace Tepat
