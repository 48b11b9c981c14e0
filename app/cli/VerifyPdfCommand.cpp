#include "VerifyPdfCommand.h"

#include "SignatureCheck.h"
#include "print/PkPdfMetadata.h"
#include "store/WorkspaceFile.h"

#include <QFileInfo>

namespace Tepat {

namespace {

QString describe(const PkFingerprint &fingerprint, const PkDocument *pk)
{
    const QString document = fingerprint.document() == PkFingerprint::Document::PerjanjianKinerja
        ? QStringLiteral("Perjanjian Kinerja")
        : QStringLiteral("Pakta Integritas");
    if (!pk)
        return QStringLiteral("%1 (PK %2)").arg(document).arg(fingerprint.pkId());
    return QStringLiteral("%1 %2, %3, %4")
        .arg(document)
        .arg(pk->year)
        .arg(PkDocument::levelName(pk->level), PkContent::printable(pk->pihakPertama.name));
}

} // namespace

QString VerifyPdfCommand::summary() const
{
    return tr("Check a PDF's digital signatures and that it still matches the PKs in the "
              "workspace.");
}

void VerifyPdfCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("PDF"), tr("A PDF written by export-pdf."));
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"),
                                 tr("The workspace (.tepat), to compare the PKs with."),
                                 QStringLiteral("[WORKSPACE]"));
    SignatureCheck::configure(parser);
}

int VerifyPdfCommand::run(const QCommandLineParser &parser,
                          QTextStream &out,
                          QTextStream &err) const
{
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.isEmpty() || files.size() > 2)
        return usage(tr("verify-pdf takes a PDF and, optionally, a workspace file."), err);
    const SignatureCheck::Outcome signatures
        = SignatureCheck::run(parser, files[0], files.size() == 1, out, err);
    if (signatures == SignatureCheck::Outcome::Unreadable)
        return BadInput;
    if (files.size() == 1)
        return signatures == SignatureCheck::Outcome::Holds ? Success : Findings;
    const Result<QList<PkFingerprint>> printed = PkPdfMetadata::read(files[0]);
    if (!printed)
        return report(printed.error(), err);
    const Result<Cascade> cascade = WorkspaceFile::load(QFileInfo(files[1]).absoluteFilePath());
    if (!cascade)
        return report(cascade.error(), err);

    int changed = 0;
    for (const PkFingerprint &fingerprint : *printed) {
        const PkDocument *pk = cascade->pk(fingerprint.pkId());
        const QString what = describe(fingerprint, pk);
        if (!pk) {
            out << tr("%1: the PK is no longer in the workspace.").arg(what) << Qt::endl;
            ++changed;
            continue;
        }
        const PkFingerprint now
            = PkFingerprint::of(PkContent::from(*cascade, *pk), fingerprint.document());
        if (now == fingerprint) {
            out << tr("%1: matches (%2).").arg(what, fingerprint.shortText()) << Qt::endl;
        } else {
            out << tr("%1: CHANGED after printing (the PDF has %2, the workspace now gives %3).")
                       .arg(what, fingerprint.shortText(), now.shortText())
                << Qt::endl;
            ++changed;
        }
    }
    if (changed == 0) {
        out << tr("The PDF matches the workspace.") << Qt::endl;
        return signatures == SignatureCheck::Outcome::Holds ? Success : Findings;
    }
    out << tr("%n document(s) of the PDF no longer match the workspace: the PK was changed after "
              "printing.",
              nullptr,
              changed)
        << Qt::endl;
    return Findings;
}

} // namespace Tepat
