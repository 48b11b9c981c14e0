#include "SignPdfCommand.h"

#include "sign/PdfSigner.h"
#include "sign/Pkcs12Signer.h"

#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

namespace Tepat {

namespace {

const QStringList roles {QStringLiteral("pihak-pertama"),
                         QStringLiteral("pihak-kedua"),
                         QStringLiteral("kepala-daerah")};

} // namespace

QString SignPdfCommand::summary() const
{
    return tr("Sign the PDF of one PK for one party with a PKCS#12 certificate (.p12, .pfx).");
}

void SignPdfCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("IN"),
                                 tr("A PDF of one PK written by export-pdf, or signed already."));
    parser.addOption({QStringLiteral("p12"),
                      tr("The signatory's certificate and key, a PKCS#12 file."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("password-file"),
                      tr("A file whose first line is the password of the PKCS#12 file (- reads "
                         "standard input). The password is not kept."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("as"),
                      tr("Whose signature block: %1.").arg(roles.join(QStringLiteral(", "))),
                      QStringLiteral("ROLE")});
    parser.addOption(
        {QStringLiteral("out"), tr("The signed PDF to write."), QStringLiteral("OUT")});
}

int SignPdfCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const
{
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.size() != 1)
        return usage(tr("sign-pdf takes exactly one PDF."), err);
    const QString role = parser.value(QStringLiteral("as"));
    if (!roles.contains(role))
        return usage(tr("sign-pdf needs --as %1.").arg(roles.join(u'|')), err);
    const QString p12 = parser.value(QStringLiteral("p12"));
    const QString passwordFile = parser.value(QStringLiteral("password-file"));
    const QString target = parser.value(QStringLiteral("out"));
    if (p12.isEmpty() || passwordFile.isEmpty() || target.isEmpty())
        return usage(tr("sign-pdf needs --p12 FILE, --password-file FILE and --out OUT.pdf."), err);

    QFile source;
    const bool stdinPassword = passwordFile == QLatin1String("-");
    if (stdinPassword)
        source.open(stdin, QIODevice::ReadOnly);
    else
        source.setFileName(QFileInfo(passwordFile).absoluteFilePath());
    if (!stdinPassword && !source.open(QIODevice::ReadOnly)) {
        err << tr("%1 could not be read: %2").arg(source.fileName(), source.errorString())
            << Qt::endl;
        return BadInput;
    }
    QByteArray password = source.readLine();
    const auto forget = qScopeGuard([&] { password.fill('\0'); });
    while (password.endsWith('\n') || password.endsWith('\r'))
        password.chop(1);

    Result<std::unique_ptr<Pkcs12Signer>> signer = Pkcs12Signer::open(p12, password);
    if (!signer)
        return report(signer.error(), err);
    const CertificateInfo &certificate = (*signer)->certificate();
    const QDateTime now = QDateTime::currentDateTime();
    if (!certificate.isValidAt(now.toUTC())) {
        err << tr("The certificate of %1 is valid only from %2; it cannot sign now.")
                   .arg(certificate.commonName, certificate.validityText())
            << Qt::endl;
        return BadInput;
    }
    const Result<void> done = PdfSigner::signFile(files.first(), target, role, **signer, now);
    if (!done)
        return report(done.error(), err);
    out << tr("Signed %1 as %2: %3 (certificate issued by %4, valid %5).")
               .arg(QFileInfo(target).absoluteFilePath(),
                    role,
                    certificate.commonName,
                    certificate.issuer,
                    certificate.validityText())
        << Qt::endl
        << tr("A signature made with a certificate file on this computer is a TTE tidak "
              "tersertifikasi (PP 71/2019 Ps. 60) unless a PSrE such as BSrE issued the "
              "certificate.")
        << Qt::endl;
    return Success;
}

} // namespace Tepat
