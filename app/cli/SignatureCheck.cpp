#include "SignatureCheck.h"

#include "CliCommand.h"
#include "base/InputFile.h"
#include "print/PkPdfMetadata.h"
#include "sign/PdfSignatureVerifier.h"
#include "sign/SignatureReport.h"

#include <QFileInfo>

namespace Tepat {

void SignatureCheck::configure(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("trust"),
                      tr("A PEM file of CA certificates whose signers are trusted; repeat for "
                         "more."),
                      QStringLiteral("CA.pem")});
    parser.addOption({QStringLiteral("require-trusted"),
                      tr("Fail when a signer's certificate is not trusted.")});
}

SignatureCheck::Outcome SignatureCheck::run(const QCommandLineParser &parser,
                                            const QString &pdfPath,
                                            bool requireSigned,
                                            QTextStream &out,
                                            QTextStream &err)
{
    const QString path = QFileInfo(pdfPath).absoluteFilePath();
    const Result<QByteArray> pdf = InputFile::read(path, PkPdfMetadata::maxFileSize);
    if (!pdf) {
        err << CliCommand::plain(pdf.error().message) << Qt::endl;
        return Outcome::Unreadable;
    }
    const bool requireTrusted = parser.isSet(QStringLiteral("require-trusted"));
    const Result<QList<PdfSignatureVerifier::Signature>> signatures
        = PdfSignatureVerifier::verify(*pdf, path, parser.values(QStringLiteral("trust")));
    if (!signatures) {
        err << signatures.error().message << Qt::endl;
        // Given a workspace, verify-pdf still compares the pages: a PDF whose signatures cannot
        // be read (bytes appended after its end, say) does not verify, and what its pages show
        // is the report the user needs.
        return requireSigned ? Outcome::Unreadable : Outcome::Fails;
    }
    if (signatures->isEmpty()) {
        out << tr("The PDF carries no digital signature.") << Qt::endl;
        return requireSigned ? Outcome::Fails : Outcome::Holds;
    }
    for (const QString &line : SignatureReport::lines(*signatures))
        out << line << Qt::endl;
    const bool holds = SignatureReport::holds(*signatures, requireTrusted);
    out << (holds ? tr("Every signature holds.") : tr("A signature does not hold.")) << Qt::endl;
    return holds ? Outcome::Holds : Outcome::Fails;
}

} // namespace Tepat
