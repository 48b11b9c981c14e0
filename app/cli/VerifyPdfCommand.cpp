#include "VerifyPdfCommand.h"

#include "SignatureCheck.h"
#include "print/PkPdfMetadata.h"
#include "print/PrintedPkCheck.h"
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

QString shown(const QStringList &lines)
{
    return lines.isEmpty() ? VerifyPdfCommand::tr("nothing")
                           : u'"' + lines.join(QStringLiteral(" / ")) + u'"';
}

} // namespace

QString VerifyPdfCommand::summary() const
{
    return tr("Check a PDF's digital signatures and that its pages still show the PKs in the "
              "workspace.");
}

QString VerifyPdfCommand::description() const
{
    return summary() + u'\n'
        + tr("\nEvery digital signature of the PDF is reported: signer, certificate, whether it "
             "is intact, whether the document is unchanged since it was signed and whether the "
             "certificate is trusted (--trust). Without a workspace that is all it checks.\n"
             "\nGiven the workspace, it compares two things with it: the fingerprint of each "
             "document in the PDF's metadata, and the text its pages show, read with pdftotext "
             "(Debian package poppler-utils), line by line against the same PKs printed again. "
             "Each line that differs is reported with its page and its row.\n"
             "\nA match proves that the pages show the text this workspace gives. It does not "
             "prove who made the PDF or the workspace: whoever holds the workspace can print a "
             "matching PDF, or change both. It does not see what text extraction cannot see: "
             "text drawn invisibly, letters drawn as pictures or curves, or glyphs that look "
             "like other characters. Only a digital signature that holds proves that a file is "
             "unchanged since it was signed, and who signed it.");
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

    // The pages, when every PK they show is still there to print again.
    const bool allThere
        = std::all_of(printed->cbegin(), printed->cend(), [&](const PkFingerprint &fingerprint) {
              return cascade->pk(fingerprint.pkId()) != nullptr;
          });
    QList<PrintedPkCheck::Document> pages;
    if (allThere) {
        Result<QList<PrintedPkCheck::Document>> compared
            = PrintedPkCheck::compare(files[0], *printed, *cascade);
        if (!compared)
            return report(compared.error(), err);
        pages = std::move(*compared);
    }

    int changed = 0;
    for (qsizetype i = 0; i < printed->size(); ++i) {
        const PkFingerprint &fingerprint = printed->at(i);
        const PkDocument *pk = cascade->pk(fingerprint.pkId());
        const QString what = plain(describe(fingerprint, pk));
        if (!pk) {
            out << tr("%1: the PK is no longer in the workspace.").arg(what) << Qt::endl;
            ++changed;
            continue;
        }
        const PkFingerprint now
            = PkFingerprint::of(PkContent::from(*cascade, *pk), fingerprint.document());
        const QList<PrintedPkCheck::Difference> &differences = pages[i].differences;
        if (now == fingerprint && differences.isEmpty()) {
            out << tr("%1: matches (%2).").arg(what, fingerprint.shortText()) << Qt::endl;
            continue;
        }
        ++changed;
        if (now != fingerprint) {
            out << tr("%1: CHANGED after printing (the PDF has %2, the workspace now gives %3).")
                       .arg(what, fingerprint.shortText(), now.shortText())
                << Qt::endl;
        }
        if (!differences.isEmpty()) {
            out << tr("%1: the pages do not show what the workspace gives, in %n place(s):",
                      nullptr,
                      int(differences.size()))
                       .arg(what)
                << Qt::endl;
        }
        for (const PrintedPkCheck::Difference &difference : differences) {
            const QString where = difference.place.isEmpty()
                ? tr("page %1").arg(difference.page)
                : tr("page %1, %2").arg(difference.page).arg(difference.place);
            out << QStringLiteral("  ")
                << plain(tr("%1: the PDF shows %2, the workspace gives %3.")
                             .arg(where, shown(difference.printed), shown(difference.expected)))
                << Qt::endl;
        }
    }
    if (changed == 0) {
        out << tr("The PDF matches the workspace.") << Qt::endl;
        return signatures == SignatureCheck::Outcome::Holds ? Success : Findings;
    }
    out << tr("%n document(s) of the PDF do not match the workspace: the PDF or the PK was changed "
              "after printing.",
              nullptr,
              changed)
        << Qt::endl;
    return Findings;
}

} // namespace Tepat
